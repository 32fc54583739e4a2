package dev.codehabit.agent.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {
    @TempDir
    Path dir;

    private SQLiteDataSource dataSource() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("t.db"));
        return ds;
    }

    @Test
    void latestNamesTheNewestMigrationOnTheClassPath() {
        MigrationInfo[] all = Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load()
                .info().all();
        int newest = Arrays.stream(all).mapToInt(m -> Integer.parseInt(m.getVersion().getVersion())).max().orElseThrow();
        assertThat(Migrations.LATEST).as("bump Migrations.LATEST when adding a migration").isEqualTo(newest);
    }

    @Test
    void aNewDatabaseIsMigratedAndThenRecognisedAsCurrent() {
        SQLiteDataSource ds = dataSource();
        assertThat(Migrations.appliedVersion(ds)).isEqualTo(-1);
        Migrations.migrate(ds);
        assertThat(Migrations.appliedVersion(ds)).isEqualTo(Migrations.LATEST);
    }

    /** Month rollups were written on every ingest and never read (issue 11): V11 drops them, month file lists stay. */
    @Test
    void theUnreadMonthRollupIsGoneAndTheMonthFileListStays() throws Exception {
        SQLiteDataSource ds = dataSource();
        Migrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'monthly%'")) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).containsExactly("monthly_file");
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlyway() throws Exception {
        SQLiteDataSource ds = dataSource();
        Migrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '1'");
        }
        assertThat(Migrations.appliedVersion(ds)).isEqualTo(-1);
    }
}
