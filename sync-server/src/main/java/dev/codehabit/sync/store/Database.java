package dev.codehabit.sync.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's database: SQLite (embedded default) or PostgreSQL, behind one pool and one migration set.
 * Callers never see which: they get a connection inside {@link #write} (one transaction, all or nothing) or
 * {@link #read}. Migrations in {@code db/migration} are written in the SQL both engines accept.
 */
public final class Database implements AutoCloseable {
    /** Which engine is behind the pool; for the few queries whose best form differs (e.g. upsert returning). */
    public enum Kind { SQLITE, POSTGRESQL }

    private final HikariDataSource pool;
    private final Kind kind;
    /** SQLite allows one writer at a time: queueing writers here avoids SQLITE_BUSY lock upgrades. */
    private final ReentrantLock sqliteWriteLock = new ReentrantLock();

    private Database(HikariDataSource pool, Kind kind) {
        this.pool = pool;
        this.kind = kind;
    }

    /** Opens and migrates the database at {@code jdbcUrl} ({@code jdbc:sqlite:…} or {@code jdbc:postgresql:…}). */
    public static Database open(String jdbcUrl, int poolSize) {
        Kind kind = kindOf(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("db");
        if (kind == Kind.SQLITE) {
            createParent(jdbcUrl);
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL in WAL mode: a committed transaction survives a killed process; only a power cut can lose
            // the last transactions. The reply to an upload is sent after commit.
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite.setBusyTimeout(10_000);
            sqlite.enforceForeignKeys(true);
            SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
            dataSource.setUrl(jdbcUrl);
            config.setDataSource(dataSource);
            config.setMaximumPoolSize(Math.max(2, Math.min(poolSize, 8)));
        } else {
            config.setJdbcUrl(jdbcUrl);
            config.setMaximumPoolSize(poolSize);
        }
        config.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, kind);
    }

    static Kind kindOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return Kind.SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new IllegalArgumentException("Unsupported database URL (use jdbc:postgresql://… or leave it out for SQLite): "
                + jdbcUrl.replaceAll("password=[^&]*", "password=…"));
    }

    private static void createParent(String jdbcUrl) {
        Path file = Path.of(jdbcUrl.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", ""));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data dir " + file.getParent(), e);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(SqlWork<T> work) {
        boolean lock = kind == Kind.SQLITE;
        if (lock) {
            sqliteWriteLock.lock();
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                if (e instanceof SQLException sql) {
                    throw new StoreException("Write failed", sql);
                }
                if (e instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("No database connection", e);
        } finally {
            if (lock) {
                sqliteWriteLock.unlock();
            }
        }
    }

    /** Runs {@code work} on a connection in auto-commit mode: each statement sees the last committed state. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Read failed", e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
