package dev.codehabit.agent.store;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The agent's SQLite database: one writer connection (SQLite allows one writer at a time anyway, and a
 * single connection lets us batch a whole request into one transaction) and a few reader connections,
 * which WAL mode lets run concurrently with the writer.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;

    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> all = new ArrayList<>();

    private Database(SQLiteDataSource dataSource) throws SQLException {
        writer = open(dataSource);
        writer.setAutoCommit(false);
        for (int i = 0; i < READERS; i++) {
            Connection reader = open(dataSource);
            readers.add(reader);
        }
    }

    /** Opens (creating if needed) and migrates the database file. */
    public static Database open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode: a committed transaction survives the process being killed; only an OS crash or
        // power cut can lose the last transactions. FULL would cost an fsync per request for that rare case.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Reads through a shared memory map instead of each connection's private page cache: the rollup
        // tables a dashboard reads stay in the OS cache once, however many reader connections there are.
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(256L * 1024 * 1024));
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
        try {
            return new Database(dataSource);
        } catch (SQLException e) {
            throw new StoreException("Cannot open database " + file, e);
        }
    }

    private Connection open(SQLiteDataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        all.add(connection);
        return connection;
    }

    /** Runs {@code work} in one write transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e instanceof RuntimeException re ? re : new StoreException("Write failed", (SQLException) e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a reader connection; sees the last committed state. */
    public <T> T read(SqlWork<T> work) {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for a database connection", null);
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Read failed", e);
        } finally {
            readers.add(connection);
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            for (Connection connection : all) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // closing on shutdown: nothing useful left to do with the error
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
