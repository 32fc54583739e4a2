package dev.codehabit.agent.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private final SQLiteDataSource dataSource;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final StorageHealth health = new StorageHealth();
    private Connection writer; // guarded by writeLock; replaced after a failed write
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> all = new ArrayList<>();

    private Database(SQLiteDataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        writer = openWriter();
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

    private Connection openWriter() throws SQLException {
        Connection connection = open(dataSource);
        connection.setAutoCommit(false);
        return connection;
    }

    /**
     * SQLite's {@code PRAGMA quick_check}: every page readable and well-formed (not the slower index-to-table
     * cross-check). Empty when all is well, else what SQLite found. A damaged file found at start is better than
     * an export that fails half-way months later.
     */
    public Optional<String> quickCheck() {
        return read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA quick_check(5)")) {
                while (rs.next()) {
                    problems.add(rs.getString(1));
                }
            }
            return problems.equals(List.of("ok")) ? Optional.empty()
                    : Optional.of(String.join("; ", problems));
        });
    }

    /** Whether the last write failed for want of disk space (cleared by the next write that succeeds). */
    public StorageHealth health() {
        return health;
    }

    /**
     * Runs {@code work} in one write transaction: committed when it returns, rolled back when it throws. All or
     * nothing even when SQLite fails (a full disk): the connection is then replaced, because sqlite-jdbc's
     * commit and rollback run {@code commit;}/{@code rollback;} and then {@code begin;} - when SQLite has already
     * rolled back by itself the first throws, {@code begin;} never runs, and every later statement on that
     * connection would commit on its own, half a request at a time.
     */
    public <T> T write(SqlWork<T> work) {
        health.damagedReason().ifPresent(detail -> {
            throw new DatabaseDamagedException(detail);
        });
        writeLock.lock();
        try {
            try {
                T result = work.run(writer);
                writer.commit();
                health.writeSucceeded();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // Errors too (out of memory mid-batch): a transaction left open would be committed, half done,
                // by the next write.
                if (!rollbackQuietly(e) || e instanceof SQLException) {
                    replaceWriter(e);
                }
                if (e instanceof SQLException sql) {
                    if (DiskFullException.isDiskFull(sql)) {
                        health.diskFull(sql.getMessage());
                        throw new DiskFullException(sql);
                    }
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

    /** Closing rolls back whatever SQLite still holds open; the new connection starts a clean transaction. */
    private void replaceWriter(Throwable cause) {
        Connection broken = writer;
        try {
            broken.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        all.remove(broken);
        try {
            writer = openWriter();
        } catch (SQLException e) {
            cause.addSuppressed(e);
            writer = broken; // still broken: the next write fails and tries again
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

    /** @return false when the rollback itself failed (the connection's transaction state is then unknown) */
    private boolean rollbackQuietly(Throwable cause) {
        try {
            writer.rollback();
            return true;
        } catch (SQLException e) {
            cause.addSuppressed(e);
            return false;
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
