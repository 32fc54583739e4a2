package dev.codehabit.sync.bench;

import dev.codehabit.sync.ServerApp;
import dev.codehabit.sync.config.ServerConfig;
import dev.codehabit.sync.store.Database;
import dev.codehabit.sync.support.PostgresServer;
import dev.codehabit.sync.support.RedisServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Board read: top 100 + the caller's rank, with N opted-in users each with 30 days synced.
 * {@code java -cp $CP dev.codehabit.sync.bench.BoardReadBench postgresql 1000000 5000} (PostgreSQL with fsync on +
 * Redis) or {@code ... sqlite 10000 5000} (the embedded default). Requests are sent one after another by a real
 * HTTP client over loopback; every figure includes the client's own time.
 */
public final class BoardReadBench {
    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "sqlite";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        Path dir = Files.createTempDirectory("board-bench");
        boolean postgres = engine.equals("postgresql");
        RedisServer redis = postgres ? RedisServer.start() : null;
        Optional<String> db = postgres ? Optional.of(PostgresServer.startDurable().newDatabase()) : Optional.empty();
        ServerConfig config = new ServerConfig(0, dir, db, Optional.ofNullable(redis).map(RedisServer::uri), "http://127.0.0.1");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> tokens;
        try (Database database = Database.open(config.jdbcUrl(), 4)) {
            BenchData.populate(database, users, today);
            tokens = BenchData.sessions(database, users, 1000);
        }
        long started = System.nanoTime();
        try (ServerApp app = ServerApp.start(config, Clock.systemUTC())) {
            System.out.printf("server up, ranking sets built, in %.1f s%n", (System.nanoTime() - started) / 1e9);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + app.port() + "/api/v1/leaderboards";
            for (String query : List.of("?period=week", "?period=week&language=Rust", "?period=day", "?period=month",
                    "?period=month&language=Go", "?period=week&page=5")) {
                run(client, base + query, tokens, requests / 5, new Latencies(requests));
                Latencies l = new Latencies(requests);
                run(client, base + query, tokens, requests, l);
                System.out.printf("%-30s %s%n", query, l.summary());
            }
            HttpResponse<String> sample = client.send(HttpRequest.newBuilder(URI.create(base + "?period=week"))
                    .header("Authorization", "Bearer " + tokens.get(7)).build(), HttpResponse.BodyHandlers.ofString());
            String body = sample.body();
            System.out.println("sample: " + body.substring(0, Math.min(400, body.length())) + " … me="
                    + body.substring(body.indexOf("\"me\"")));
        } finally {
            if (redis != null) {
                redis.close();
            }
        }
        System.exit(0);
    }

    private static void run(HttpClient client, String url, List<String> tokens, int n, Latencies latencies) throws Exception {
        for (int i = 0; i < n; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size())).build();
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - t);
            if (r.statusCode() != 200 || !r.body().contains("\"rank\":")) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
        }
    }
}
