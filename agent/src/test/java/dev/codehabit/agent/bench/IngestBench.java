package dev.codehabit.agent.bench;

import dev.codehabit.agent.support.TestAgent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingest over real HTTP into a real SQLite file: bulk throughput (requests of 100, two client threads) and
 * single-heartbeat latency. Run: see docs/benchmarks.md.
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        int bulkRequests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int singles = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path dir = Files.createTempDirectory("ingest-bench");
        try (TestAgent agent = new TestAgent(dir)) {
            HttpClient http = HttpClient.newHttpClient();
            URI bulk = URI.create(agent.url("/api/v1/users/current/heartbeats.bulk"));
            URI single = URI.create(agent.url("/api/v1/users/current/heartbeats"));
            String auth = "Bearer " + agent.token();
            double start = Instant.now().getEpochSecond() - 30L * 86400;
            AtomicLong clock = new AtomicLong(0);

            // Warm-up: JIT, connection, SQLite page cache.
            runBulk(http, bulk, auth, start, clock, 300, 2);
            long t0 = System.nanoTime();
            runBulk(http, bulk, auth, start, clock, bulkRequests, 2);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("bulk: %d requests x 100 heartbeats in %.2f s = %.0f heartbeats/s%n",
                    bulkRequests, seconds, bulkRequests * 100 / seconds);

            for (int i = 0; i < 500; i++) {
                post(http, single, auth, heartbeat(start, clock.getAndIncrement()));
            }
            long[] latencies = new long[singles];
            for (int i = 0; i < singles; i++) {
                String body = heartbeat(start, clock.getAndIncrement());
                long s = System.nanoTime();
                post(http, single, auth, body);
                latencies[i] = System.nanoTime() - s;
            }
            Arrays.sort(latencies);
            System.out.printf("single: %d requests, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", singles,
                    latencies[singles / 2] / 1e6, latencies[(int) (singles * 0.99)] / 1e6, latencies[singles - 1] / 1e6);
        }
    }

    private static void runBulk(HttpClient http, URI uri, String auth, double start, AtomicLong clock, int requests,
                                int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int r = 0; r < requests; r++) {
                StringBuilder body = new StringBuilder(16_000).append('[');
                for (int i = 0; i < 100; i++) {
                    body.append(i == 0 ? "" : ",").append(heartbeat(start, clock.getAndIncrement()));
                }
                String payload = body.append(']').toString();
                futures.add(pool.submit(() -> {
                    post(http, uri, auth, payload);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A realistic editor heartbeat; one every 2 s of simulated time. */
    private static String heartbeat(double start, long n) {
        return "{\"entity\":\"/home/dev/src/project" + (n / 5000 % 7) + "/src/main/File" + (n % 40) + ".java\","
                + "\"type\":\"file\",\"category\":\"coding\",\"time\":" + (start + n * 2) + ","
                + "\"project\":\"project" + (n / 5000 % 7) + "\",\"branch\":\"main\",\"language\":\"Java\","
                + "\"lineno\":" + (n % 300) + ",\"is_write\":" + (n % 20 == 0) + ",\"keystrokes\":" + (n % 13) + ","
                + "\"line_additions\":" + (n % 3) + ",\"source\":\"vscode\","
                + "\"user_agent\":\"codehabit-vscode/0.1.0 vscode/1.95.0\"}";
    }

    private static void post(HttpClient http, URI uri, String auth, String body) throws Exception {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + r.statusCode());
        }
    }
}
