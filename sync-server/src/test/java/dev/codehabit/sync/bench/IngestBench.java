package dev.codehabit.sync.bench;

import dev.codehabit.sync.ServerApp;
import dev.codehabit.sync.config.ServerConfig;
import dev.codehabit.sync.store.Database;
import dev.codehabit.sync.support.Days;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sync ingest: day uploads by {@code clients} concurrent HTTP clients for {@code seconds}, each upload committed
 * (PostgreSQL with fsync on, or SQLite WAL) and ranked before its 200. Users are opted in with 30 days synced, so
 * every upload re-ranks a real window. {@code java -cp $CP dev.codehabit.sync.bench.IngestBench postgresql 100 30}.
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "sqlite";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int users = 10_000;
        boolean postgres = engine.equals("postgresql");
        RedisServer redis = postgres ? RedisServer.start() : null;
        Path dir = Files.createTempDirectory("ingest-bench");
        ServerConfig config = new ServerConfig(0, dir, postgres ? Optional.of(PostgresServer.startDurable().newDatabase()) : Optional.empty(),
                Optional.ofNullable(redis).map(RedisServer::uri), "http://127.0.0.1");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> devices;
        try (Database database = Database.open(config.jdbcUrl(), 4)) {
            BenchData.populate(database, users, today);
            devices = BenchData.devices(database, users);
        }
        try (ServerApp app = ServerApp.start(config, Clock.systemUTC())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + app.port() + "/api/v1/days/" + today;
            run(http, base, devices, clients, 5, new Latencies(1));   // warm-up
            Latencies latencies = new Latencies(2_000_000);
            long started = System.nanoTime();
            long done = run(http, base, devices, clients, seconds, latencies);
            double elapsed = (System.nanoTime() - started) / 1e9;
            System.out.printf("%s: %d clients, %,d uploads in %.1f s = %,.0f uploads/s; %s%n", engine, clients, done, elapsed,
                    done / elapsed, latencies.summary());
        } finally {
            if (redis != null) {
                redis.close();
            }
        }
        System.exit(0);
    }

    private static long run(HttpClient http, String url, List<String> devices, int clients, int seconds, Latencies latencies)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong version = new AtomicLong(System.currentTimeMillis());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String device = devices.get((client + i * clients) % devices.size());
                        int coding = 600 + (int) (version.get() % 20_000);
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + device)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(Days.json("Europe/Berlin", version.incrementAndGet(), coding,
                                        Map.of("Java", coding / 2, "Rust", coding / 3)))).build();
                        long t = System.nanoTime();
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t);
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(r.statusCode() + " " + r.body());
                        }
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await();
        return done.get();
    }
}
