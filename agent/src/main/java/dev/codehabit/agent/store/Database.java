package dev.codehabit.agent.store;

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
    /** The schema version a freshly opened database has (the newest migration). */
    public static final int SCHEMA_VERSION = Migrations.LATEST;

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
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Migrations.migrate(dataSource);
        try {
            Database db = new Database(dataSource);
            restrictToOwner(file);
            return db;
        } catch (SQLException e) {
            throw new StoreException("Cannot open database " + file, e);
        }
    }

    /** SQLite creates its files with the umask's permissions (often 0644): the history is the owner's alone. */
    private static void restrictToOwner(Path file) {
        if (!java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (java.nio.file.Files.exists(p)) {
                    java.nio.file.Files.setPosixFilePermissions(p,
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot restrict permissions of " + p, e);
            }
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
            } catch (SQLException | RuntimeException | Error e) {
                // Errors too (out of memory mid-batch): a transaction left open would be committed, half done,
                // by the next write.
                rollbackQuietly(e);
                if (e instanceof SQLException sql) {
                    throw new StoreException("Write failed", sql);
                }
                if (e instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) e;
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

    private void rollbackQuietly(Throwable cause) {
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
