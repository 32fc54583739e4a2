package dev.codehabit.agent.bench;


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
 * Ingest over real HTTP into a real SQLite file, against the packaged agent started as ./codehabit starts it:
 * bulk throughput (requests of 100 from two client threads), the agent's CPU per heartbeat, and
 * single-heartbeat latency. Args: [bulkRequests] [singles] [jar]. Run: see docs/benchmarks.md.
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        int bulkRequests = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int singles = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path jar = Path.of(args.length > 2 ? args[2] : "agent/target/codehabit-agent.jar");
        try (LaunchedAgent agent = LaunchedAgent.start(jar, Files.createTempDirectory("ingest-bench"))) {
            HttpClient http = HttpClient.newHttpClient();
            URI bulk = URI.create(agent.api + "/users/current/heartbeats.bulk");
            URI single = URI.create(agent.api + "/users/current/heartbeats");
            String auth = "Bearer " + agent.token;
            double start = Instant.now().getEpochSecond() - 30L * 86400;
            AtomicLong clock = new AtomicLong(0);

            // Warm-up: JIT, connection, SQLite page cache.
            runBulk(http, bulk, auth, start, clock, 300, 2);
            long cpu0 = agent.cpuTicks();
            long t0 = System.nanoTime();
            runBulk(http, bulk, auth, start, clock, bulkRequests, 2);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (agent.cpuTicks() - cpu0) / 100.0;
            System.out.printf("bulk: %d requests x 100 heartbeats in %.2f s = %.0f heartbeats/s; "
                            + "agent CPU %.2f s = %.1f µs per heartbeat%n",
                    bulkRequests, seconds, bulkRequests * 100 / seconds, cpuSeconds, cpuSeconds * 1e6 / (bulkRequests * 100));

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
            System.out.printf("RSS after the run: %d MB%n", agent.rssKb() / 1024);
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
