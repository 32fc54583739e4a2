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
