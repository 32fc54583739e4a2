package dev.codehabit.sync;

import dev.codehabit.sync.config.OidcProviderConfig;
import dev.codehabit.sync.admin.AdminCommand;
import dev.codehabit.sync.config.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

/**
 * {@code codehabit-sync-server}: runs the server. Each option can also come from the environment
 * ({@code CODEHABIT_PORT}, {@code CODEHABIT_DATA_DIR}, {@code CODEHABIT_DB}, {@code CODEHABIT_REDIS},
 * {@code CODEHABIT_BASE_URL}) for containers; a command-line option wins.
 */
@Command(name = "codehabit-sync-server", mixinStandardHelpOptions = true, subcommands = AdminCommand.class,
        description = "The CodeHabit sync server: accounts, devices, daily aggregates, leaderboards.")
public final class ServerMain implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "${env:CODEHABIT_PORT:-8080}", description = "HTTP port (default 8080)")
    int port;

    @Option(names = "--data-dir", defaultValue = "${env:CODEHABIT_DATA_DIR:-data}",
            description = "Where the embedded SQLite database lives (default ./data)")
    Path dataDir;

    @Option(names = "--db", defaultValue = "${env:CODEHABIT_DB}",
            description = "jdbc:postgresql://… to use PostgreSQL; without it, SQLite in the data dir")
    String db;

    @Option(names = "--redis", defaultValue = "${env:CODEHABIT_REDIS}",
            description = "redis://… for rankings, rate limits and live updates shared by several instances")
    String redis;

    @Option(names = "--base-url", defaultValue = "${env:CODEHABIT_BASE_URL}",
            description = "The public URL of this server (default http://localhost:PORT)")
    String baseUrl;

    @Option(names = "--oidc", split = ";", defaultValue = "${env:CODEHABIT_OIDC}", paramLabel = "NAME=ISSUER,ID,SECRET",
            description = "A sign-in provider: NAME=https://issuer,CLIENT_ID,CLIENT_SECRET (OpenID Connect) or "
                    + "github=github,CLIENT_ID,CLIENT_SECRET; repeat or separate with ';'. Prefer the environment "
                    + "variable, which keeps the secret out of the process list")
    List<String> oidc;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        ServerApp app = ServerApp.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println("CodeHabit sync server " + ServerApp.version() + " listening on port " + app.port()
                + " (" + (config.dbUrl().isPresent() ? "PostgreSQL" : "SQLite in " + dataDir.toAbsolutePath()) + ")");
        stopped.await();
        return 0;
    }

    /** The configuration from the options and the environment (the admin commands use the same). */
    public ServerConfig config() {
        return new ServerConfig(port, dataDir, Optional.ofNullable(db).filter(s -> !s.isBlank()),
                Optional.ofNullable(redis).filter(s -> !s.isBlank()),
                baseUrl == null || baseUrl.isBlank() ? "http://localhost:" + port : baseUrl,
                oidc == null ? List.of() : oidc.stream().filter(s -> !s.isBlank()).map(OidcProviderConfig::parse).toList());
    }
}
