package dev.codehabit.sync.support;

import java.nio.file.Path;
import java.util.Optional;

/** The two databases every API test runs on: the embedded SQLite default and a real PostgreSQL. */
public enum Backend {
    SQLITE, POSTGRESQL;

    /** A fresh, empty database: empty means SQLite in {@code dataDir}; else a new PostgreSQL database's URL. */
    public Optional<String> freshDatabase(Path dataDir) {
        return this == SQLITE ? Optional.empty() : Optional.of(PostgresServer.shared().newDatabase());
    }
}
