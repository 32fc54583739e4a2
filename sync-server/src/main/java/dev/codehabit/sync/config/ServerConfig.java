package dev.codehabit.sync.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How one server instance runs. With no {@code dbUrl} the server keeps everything in SQLite inside
 * {@code dataDir} (one process, no set-up); with a PostgreSQL URL (and usually {@code redisUri}) any number of
 * stateless instances can share the same data.
 *
 * @param port     HTTP port (0 picks a free one)
 * @param dataDir  where the embedded SQLite database lives
 * @param dbUrl    a {@code jdbc:postgresql://…} URL, or empty for the embedded SQLite default
 * @param redisUri a {@code redis://…} URI for rankings, rate limits and live fan-out across instances, or empty
 * @param baseUrl  the public URL users reach the server at (links in device codes, OIDC redirects, badges)
 * @param oidcProviders the OpenID Connect / OAuth providers users may sign in with
 */
public record ServerConfig(int port, Path dataDir, Optional<String> dbUrl, Optional<String> redisUri, String baseUrl,
                           List<OidcProviderConfig> oidcProviders) {
    /** An instance without sign-in providers (password and device-code sign-in only). */
    public ServerConfig(int port, Path dataDir, Optional<String> dbUrl, Optional<String> redisUri, String baseUrl) {
        this(port, dataDir, dbUrl, redisUri, baseUrl, List.of());
    }

    public ServerConfig {
        oidcProviders = List.copyOf(oidcProviders);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The JDBC URL actually used: the configured one, else SQLite in the data dir. */
    public String jdbcUrl() {
        return dbUrl.orElseGet(() -> "jdbc:sqlite:" + dataDir.resolve("codehabit-sync.db").toAbsolutePath());
    }
}
