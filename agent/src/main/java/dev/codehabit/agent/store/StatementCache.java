package dev.codehabit.agent.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Prepared statements kept per connection. Preparing costs more than running the small statements of the
 * ingest path, and each connection is used by one thread at a time, so its statements can be reused.
 */
final class StatementCache {
    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new WeakHashMap<>();

    synchronized PreparedStatement get(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> statements = byConnection.computeIfAbsent(c, k -> new HashMap<>());
        PreparedStatement s = statements.get(sql);
        if (s == null || s.isClosed()) {
            s = c.prepareStatement(sql);
            statements.put(sql, s);
        }
        s.clearParameters();
        return s;
    }
}
