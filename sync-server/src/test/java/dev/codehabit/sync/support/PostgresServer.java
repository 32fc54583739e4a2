package dev.codehabit.sync.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (Debian's), started once per test JVM in a throwaway directory and stopped at exit.
 * PostgreSQL refuses to run as root, which CI is: then it runs as the {@code postgres} user. Each test gets its
 * own fresh database from {@link #newDatabase()}. fsync is off: these are functional tests, not benchmarks.
 */
public final class PostgresServer {
    private static final class Holder {
        static final PostgresServer INSTANCE = start();
    }

    private final Path dir;
    private final Path bin;
    private final int port;
    private final boolean root;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path dir, Path bin, int port, boolean root) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.root = root;
    }

    /** The shared server, started on first use. */
    public static PostgresServer shared() {
        return Holder.INSTANCE;
    }

    /**
     * A server of its own with fsync and synchronous commit ON, for benchmark figures: a commit is on disk before
     * the reply. Stopped at JVM exit like the shared one.
     */
    public static PostgresServer startDurable() {
        return start(true);
    }

    private static PostgresServer start() {
        return start(false);
    }

    private static PostgresServer start(boolean durable) {
        Path bin = pgBin();
        boolean root = ExternalProcess.runningAsRoot();
        try {
            Path dir = Files.createTempDirectory("codehabit-pg");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path data = Files.createDirectory(dir.resolve("pg"));
            if (root) {
                ExternalProcess.run(List.of("chown", "postgres", data.toString()));
            }
            int port = ExternalProcess.freePort();
            PostgresServer server = new PostgresServer(dir, bin, port, root);
            server.asOwner(bin.resolve("initdb") + " -D " + data + " -A trust -U postgres -E UTF8 --no-sync");
            server.asOwner(bin.resolve("pg_ctl") + " -D " + data + " -l " + data.resolve("server.log")
                    + " -o \"-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1" + (durable ? "" : " -c fsync=off")
                    + (durable ? " -c fsync=on -c synchronous_commit=on -c shared_buffers=1GB -c max_wal_size=8GB -c work_mem=64MB"
                            : " -c synchronous_commit=off -c full_page_writes=off")
                    + " -c max_connections=300\" -w start");
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "pg-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a PostgreSQL data dir", e);
        }
    }

    private static Path pgBin() {
        Path root = Path.of("/usr/lib/postgresql");
        List<Path> versions = new ArrayList<>();
        try (var s = Files.isDirectory(root) ? Files.list(root) : java.util.stream.Stream.<Path>empty()) {
            s.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl"))).sorted().forEach(versions::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("PostgreSQL server not found under /usr/lib/postgresql/*/bin: "
                    + "apt-get install postgresql (listed in .ci/apt-packages)");
        }
        return versions.getLast();
    }

    private void asOwner(String command) {
        ExternalProcess.run(root ? List.of("su", "postgres", "-s", "/bin/sh", "-c", command) : List.of("sh", "-c", command));
    }

    private void stop() {
        try {
            asOwner(bin.resolve("pg_ctl") + " -D " + dir.resolve("pg") + " -m immediate stop");
        } catch (RuntimeException ignored) {
            // at JVM exit: the temp dir stays behind if the server would not stop
        }
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String newDatabase() {
        String name = "codehabit_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl("postgres"))) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return adminUrl(name);
    }

    private String adminUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    public int port() {
        return port;
    }
}
