package dev.codehabit.sync.bench;

import dev.codehabit.sync.ServerApp;
import dev.codehabit.sync.config.ServerConfig;
import dev.codehabit.sync.store.Database;
import dev.codehabit.sync.support.PostgresServer;
import dev.codehabit.sync.support.RedisServer;
import dev.codehabit.sync.support.SseListener;
import dev.codehabit.sync.support.Days;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Freshness: from an upload's 200 on instance A to the "ranks" event on an SSE client of instance B (two
 * instances, one PostgreSQL with fsync on, one Redis). {@code java -cp $CP dev.codehabit.sync.bench.FreshnessBench 300}.
 */
public final class FreshnessBench {
    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try (RedisServer redis = RedisServer.start()) {
            String db = PostgresServer.startDurable().newDatabase();
            ServerConfig a = new ServerConfig(0, Files.createTempDirectory("fresh-a"), Optional.of(db), Optional.of(redis.uri()), "http://127.0.0.1");
            ServerConfig b = new ServerConfig(0, Files.createTempDirectory("fresh-b"), Optional.of(db), Optional.of(redis.uri()), "http://127.0.0.1");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<String> devices;
            try (Database database = Database.open(a.jdbcUrl(), 4)) {
                BenchData.populate(database, 1000, today);
                devices = BenchData.devices(database, 1000);
            }
            try (ServerApp first = ServerApp.start(a, Clock.systemUTC()); ServerApp second = ServerApp.start(b, Clock.systemUTC());
                 SseListener stream = new SseListener("http://127.0.0.1:" + second.port() + "/api/v1/leaderboards/stream")) {
                if (!"ready".equals(stream.next(10))) {
                    throw new IllegalStateException("stream did not open");
                }
                HttpClient http = HttpClient.newHttpClient();
                Latencies latencies = new Latencies(samples);
                for (int i = 0; i < samples + 20; i++) {
                    HttpRequest put = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port() + "/api/v1/days/" + today))
                            .header("Authorization", "Bearer " + devices.get(i % devices.size()))
                            .PUT(HttpRequest.BodyPublishers.ofString(Days.json("UTC", System.currentTimeMillis(), 3600 + i, Map.of()))).build();
                    stream.clear();
                    HttpResponse<String> r = http.send(put, HttpResponse.BodyHandlers.ofString());
                    long ok = System.nanoTime();
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(r.body());
                    }
                    String event = stream.next(5);
                    long seen = System.nanoTime();
                    if (!"ranks".equals(event)) {
                        throw new IllegalStateException("no event within 5 s: " + event);
                    }
                    if (i >= 20) {
                        latencies.add(seen - ok);
                    }
                    Thread.sleep(30);
                }
                System.out.println("freshness, upload 200 on A -> SSE event on B: " + latencies.summary());
            }
        }
        System.exit(0);
    }
}
