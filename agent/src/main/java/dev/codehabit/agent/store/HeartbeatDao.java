package dev.codehabit.agent.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.activity.Heartbeat.Counts;
import dev.codehabit.agent.activity.Heartbeat.Signal;
import dev.codehabit.agent.activity.Heartbeat.Stream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** SQL for the raw heartbeat table. Every method runs on the connection (and transaction) it is given. */
public final class HeartbeatDao {
    static final String COLUMNS = "id, stream, time, entity, type, category, project, branch, language, editor, source, "
            + "signal, is_write, lines, lineno, cursorpos, line_additions, line_deletions, generated_additions, "
            + "ai_line_changes, human_line_changes, keystrokes, characters, tab_switches, dependencies, user_agent, "
            + "machine, duration, audible";

    // OR IGNORE skips exact duplicates (the unique index on time, entity, source and signal); every other
    // constraint is guaranteed by the parser before we get here.
    private static final String INSERT = "INSERT OR IGNORE INTO heartbeat (stream, time, entity, type, category, project, branch, "
            + "language, editor, source, signal, is_write, lines, lineno, cursorpos, line_additions, line_deletions, "
            + "generated_additions, ai_line_changes, human_line_changes, keystrokes, characters, tab_switches, "
            + "dependencies, user_agent, machine, duration, received_at, audible) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?) "
            + "RETURNING id";

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

    private final ObjectMapper json;
    private final StatementCache statements = new StatementCache();

    public HeartbeatDao(ObjectMapper json) {
        this.json = json;
    }

    /** Inserts the heartbeat; empty when an identical one (same time, entity, source and signal) is already stored. */
    public Optional<Long> insert(Connection c, Heartbeat h, double receivedAt) throws SQLException {
        PreparedStatement s = statements.get(c, INSERT);
        int i = 1;
        s.setString(i++, h.stream().key());
        s.setDouble(i++, h.time());
        s.setString(i++, h.entity());
        s.setString(i++, h.type());
        s.setString(i++, h.category());
        s.setString(i++, h.project());
        s.setString(i++, h.branch());
        s.setString(i++, h.language());
        s.setString(i++, h.editor());
        s.setString(i++, h.source());
        s.setString(i++, h.signal() == null ? null : h.signal().key());
        s.setInt(i++, h.isWrite() ? 1 : 0);
        setInteger(s, i++, h.lines());
        setInteger(s, i++, h.lineno());
        setInteger(s, i++, h.cursorpos());
        Counts n = h.counts();
        s.setInt(i++, n.lineAdditions());
        s.setInt(i++, n.lineDeletions());
        s.setInt(i++, n.generatedAdditions());
        s.setInt(i++, n.aiLineChanges());
        s.setInt(i++, n.humanLineChanges());
        s.setInt(i++, n.keystrokes());
        s.setInt(i++, n.characters());
        s.setInt(i++, n.tabSwitches());
        s.setString(i++, h.dependencies().isEmpty() ? null : toJson(h.dependencies()));
        s.setString(i++, h.userAgent());
        s.setString(i++, h.machine());
        s.setDouble(i++, receivedAt);
        s.setInt(i, h.audible() ? 1 : 0);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    public Optional<StoredHeartbeat> findByKey(Connection c, Heartbeat h) throws SQLException {
        PreparedStatement s = statements.get(c, "SELECT " + COLUMNS + " FROM heartbeat "
                + "WHERE time = ? AND entity = ? AND source = ? AND coalesce(signal, '') = ?");
        s.setDouble(1, h.time());
        s.setString(2, h.entity());
        s.setString(3, h.source());
        s.setString(4, h.signal() == null ? "" : h.signal().key());
        return first(s);
    }

    /**
     * The heartbeat just before (time, id) in the stream's order. The plain range condition on time comes first
     * so SQLite seeks the (stream, time) index instead of scanning it; the OR only sorts out equal times.
     */
    public Optional<StoredHeartbeat> predecessor(Connection c, Stream stream, double time, long id) throws SQLException {
        PreparedStatement s = statements.get(c, "SELECT " + COLUMNS + " FROM heartbeat "
                + "WHERE stream = ? AND time <= ? AND (time < ? OR id < ?) ORDER BY time DESC, id DESC LIMIT 1");
        s.setString(1, stream.key());
        s.setDouble(2, time);
        s.setDouble(3, time);
        s.setLong(4, id);
        return first(s);
    }

    /** The time of the heartbeat just after (time, id) in the stream's order, or NaN. */
    public double successorTime(Connection c, Stream stream, double time, long id) throws SQLException {
        PreparedStatement s = statements.get(c, "SELECT time FROM heartbeat "
                + "WHERE stream = ? AND time >= ? AND (time > ? OR id > ?) ORDER BY time, id LIMIT 1");
        s.setString(1, stream.key());
        s.setDouble(2, time);
        s.setDouble(3, time);
        s.setLong(4, id);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getDouble(1) : Double.NaN;
        }
    }

    /** Deletes the heartbeats with {@code from <= time < to}; returns how many. */
    public int deleteBetween(Connection c, double from, double to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM heartbeat WHERE time >= ? AND time < ?")) {
            s.setDouble(1, from);
            s.setDouble(2, to);
            return s.executeUpdate();
        }
    }

    public void updateDuration(Connection c, long id, double duration) throws SQLException {
        PreparedStatement s = statements.get(c, "UPDATE heartbeat SET duration = ? WHERE id = ?");
        s.setDouble(1, duration);
        s.setLong(2, id);
        s.executeUpdate();
    }

    /** The last heartbeat of a stream (where the next in-order heartbeat will attach). */
    public Optional<StoredHeartbeat> last(Connection c, Stream stream) throws SQLException {
        PreparedStatement s = statements.get(c,
                "SELECT " + COLUMNS + " FROM heartbeat WHERE stream = ? ORDER BY time DESC, id DESC LIMIT 1");
        s.setString(1, stream.key());
        return first(s);
    }

    /** When a client was last heard from, and the user agent it sent then. */
    public record Sighting(double time, String userAgent) {}

    /**
     * The newest heartbeat of a stream since {@code since} whose user agent starts with {@code userAgentPrefix}
     * (a bridge's {@code codehabit-vscode/}): walks the (stream, time) index back from now, no further than since.
     */
    public Optional<Sighting> lastFrom(Connection c, Stream stream, String userAgentPrefix, double since) throws SQLException {
        PreparedStatement s = statements.get(c, "SELECT time, user_agent FROM heartbeat WHERE stream = ? AND time >= ? "
                + "AND substr(user_agent, 1, ?) = ? ORDER BY time DESC LIMIT 1");
        s.setString(1, stream.key());
        s.setDouble(2, since);
        s.setInt(3, userAgentPrefix.length());
        s.setString(4, userAgentPrefix);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(new Sighting(rs.getDouble(1), rs.getString(2))) : Optional.empty();
        }
    }

    /** Streams every heartbeat in (stream, time, id) order: for exports and rebuilds, never for a dashboard. */
    public void forEach(Connection c, Consumer<StoredHeartbeat> action) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM heartbeat ORDER BY stream, time, id")) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    action.accept(map(rs));
                }
            }
        }
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM heartbeat");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Optional<StoredHeartbeat> first(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    private StoredHeartbeat map(ResultSet rs) throws SQLException {
        String signal = rs.getString("signal");
        Heartbeat h = new Heartbeat(
                rs.getLong("id"),
                Stream.fromKey(rs.getString("stream")),
                rs.getDouble("time"),
                rs.getString("entity"),
                rs.getString("type"),
                rs.getString("category"),
                rs.getString("project"),
                rs.getString("branch"),
                rs.getString("language"),
                rs.getString("editor"),
                rs.getString("source"),
                Signal.fromKey(signal),
                rs.getInt("is_write") != 0,
                integer(rs, "lines"),
                integer(rs, "lineno"),
                integer(rs, "cursorpos"),
                new Counts(rs.getInt("line_additions"), rs.getInt("line_deletions"), rs.getInt("generated_additions"),
                        rs.getInt("ai_line_changes"), rs.getInt("human_line_changes"), rs.getInt("keystrokes"),
                        rs.getInt("characters"), rs.getInt("tab_switches")),
                fromJson(rs.getString("dependencies")),
                rs.getString("user_agent"),
                rs.getString("machine"),
                rs.getInt("audible") != 0);
        return new StoredHeartbeat(h, rs.getDouble("duration"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> fromJson(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt dependencies column: " + text, e);
        }
    }

    /** A heartbeat with the time it currently contributes. */
    public record StoredHeartbeat(Heartbeat heartbeat, double duration) {}
}
