package dev.codehabit.agent.store;

import dev.codehabit.agent.activity.Counter;
import dev.codehabit.agent.Services;
import dev.codehabit.agent.support.TestData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** An agent upgraded from the first released schema keeps every heartbeat and every figure. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void upgradingFromTheFirstSchemaKeepsTheHistory() throws Exception {
        TestData.dataDirInZone(dir, "UTC");
        Path file = dir.resolve("codehabit.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        long t = Instant.parse("2026-03-02T10:00:00Z").getEpochSecond();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // Written as version 1 of the agent wrote them: raw rows plus their rollups.
            s.executeUpdate("INSERT INTO heartbeat (stream, time, entity, type, category, project, language, editor, source, "
                    + "keystrokes, duration, received_at) VALUES "
                    + "('coding', " + t + ", '/a.py', 'file', 'coding', 'old', 'Python', 'Vim', 'vim', 30, 120, " + t + "), "
                    + "('coding', " + (t + 120) + ", '/a.py', 'file', 'coding', 'old', 'Python', 'Vim', 'vim', 12, 0, " + t + ")");
            s.executeUpdate("INSERT INTO daily_rollup VALUES ('2026-03-02', 'stream', 'coding', 120), "
                    + "('2026-03-02', 'language', 'Python', 120), ('2026-03-02', 'project', 'old', 120)");
            s.executeUpdate("INSERT INTO daily_counter VALUES ('2026-03-02', 'keystrokes', 42)");
        }
        try (Services services = new Services(dir, Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC))) {
            var day = services.stats().stats(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)).total();
            assertThat(day.codingSeconds()).isEqualTo(120);
            assertThat(day.dimension("language")).containsEntry("Python", 120.0);
            assertThat(day.counter(Counter.KEYSTROKES)).isEqualTo(42);
            long stored = services.database().read(c -> services.heartbeats().count(c));
            assertThat(stored).isEqualTo(2);
        }
    }
}
