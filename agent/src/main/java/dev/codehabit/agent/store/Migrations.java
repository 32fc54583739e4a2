package dev.codehabit.agent.store;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings the schema up to date with Flyway. Flyway (with the Jackson it brings) is a fifth of the classes the
 * agent would load, so a start on an up-to-date database, which is nearly every start, skips it after one
 * look at the history table. {@code MigrationsTest} keeps {@link #LATEST} equal to the newest migration.
 */
final class Migrations {
    /** The version of the newest file in {@code db/migration}. */
    static final int LATEST = 11;

    private Migrations() {}

    static void migrate(DataSource dataSource) {
        if (appliedVersion(dataSource) == LATEST) {
            return;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** The newest successfully applied version, or -1 for a new or unreadable history. */
    static int appliedVersion(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet tables = s.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!tables.next()) {
                    return -1;
                }
            }
            // A failed migration leaves a row with success = 0: then Flyway must look, and will say what is wrong.
            try (ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)), min(success) "
                    + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
                return rs.next() && rs.getInt(2) == 1 ? rs.getInt(1) : -1;
            }
        } catch (SQLException e) {
            return -1;
        }
    }
}
