package dev.codehabit.agent.bench;

import dev.codehabit.agent.Services;
import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.activity.Heartbeat.Counts;
import dev.codehabit.agent.activity.Heartbeat.Stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Read latency on a long history: fills a data dir with 2 million heartbeats over five years (a heavy user),
 * then times the 365-day stats and summaries over real HTTP against the packaged agent started as ./codehabit
 * starts it. Args: [dataDir] [heartbeats] [jar].
 * The data dir is reused when it already holds the history.
 */
public final class HistoryBench {
    private static final String[] LANGUAGES = {"Java", "Kotlin", "TypeScript", "Python", "Go", "Rust", "SQL", "Markdown"};
    private static final String[] DOMAINS = {"github.com", "stackoverflow.com", "docs.oracle.com", "youtube.com",
            "news.ycombinator.com", "mail.google.com", "slack.com", "reddit.com", "developer.mozilla.org", "twitter.com"};

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("history-bench");
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("settings.json"), "{\"time_zone\": \"Europe/Berlin\"}");
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(zone);
        try (Services services = new Services(dir, Clock.systemUTC())) {
            long have = services.database().read(c -> services.heartbeats().count(c));
            if (have < target) {
                long t0 = System.nanoTime();
                fill(services, today.minusYears(5), today, zone, target - (int) have);
                System.out.printf("filled %d heartbeats in %.1f s%n", target - have, (System.nanoTime() - t0) / 1e9);
            }
            long count = services.database().read(c -> services.heartbeats().count(c));
            System.out.printf("history: %d heartbeats, database %d MB%n", count, Files.size(dir.resolve("codehabit.db")) >> 20);
        }
        Path jar = Path.of(args.length > 2 ? args[2] : "agent/target/codehabit-agent.jar");
        try (LaunchedAgent agent = LaunchedAgent.start(jar, dir)) {
            HttpClient http = HttpClient.newHttpClient();
            String from = today.minusDays(364).toString();
            String to = today.toString();
            time(http, agent, "/stats?from=" + from + "&to=" + to, "stats 365 days");
            time(http, agent, "/users/current/summaries?start=" + from + "&end=" + to, "summaries 365 days");
            time(http, agent, "/stats", "stats today");
        }
    }

    private static void time(HttpClient http, LaunchedAgent agent, String path, String label) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(agent.api + path))
                .header("Authorization", "Bearer " + agent.token).build();
        long first = System.nanoTime();
        http.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.printf("%-20s first request (nothing cached yet): %.2f ms%n", label, (System.nanoTime() - first) / 1e6);
        for (int i = 0; i < 30; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString()); // warm-up
        }
        int runs = 100;
        long[] nanos = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - s;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.body());
            }
            size = r.body().length();
        }
        Arrays.sort(nanos);
        System.out.printf("%-20s p50 %6.2f ms  p99 %6.2f ms  (%d KB reply)%n", label, nanos[runs / 2] / 1e6,
                nanos[runs * 99 / 100] / 1e6, size >> 10);
    }

    /** Working days with two to four sessions of editing, heartbeats every 10–60 s, web browsing between. */
    private static void fill(Services services, LocalDate from, LocalDate to, ZoneId zone, int total) {
        Random random = new Random(42);
        long days = to.toEpochDay() - from.toEpochDay();
        int perDay = (int) (total / days) + 1;
        List<Heartbeat> batch = new ArrayList<>(1000);
        int written = 0;
        for (LocalDate day = from; day.isBefore(to) && written < total; day = day.plusDays(1)) {
            double t = day.atTime(8, 30).atZone(zone).toEpochSecond() + random.nextInt(3600);
            for (int i = 0; i < perDay && written < total; i++) {
                t += random.nextDouble() < 0.02 ? 900 + random.nextInt(3600) : 10 + random.nextInt(50);
                batch.add(random.nextDouble() < 0.2 ? web(t, random) : coding(t, random));
                written++;
                if (batch.size() == 1000) {
                    services.ingest().record(batch);
                    batch.clear();
                }
            }
        }
        services.ingest().record(batch);
    }

    /** A day's work touches a few projects and a working set of files in each, as real days do. */
    private static Heartbeat coding(double t, Random r) {
        long day = (long) (t / 86400);
        int project = (int) ((day * 7 + r.nextInt(3)) % 12);
        String language = LANGUAGES[r.nextInt(LANGUAGES.length)];
        return new Heartbeat(0, Stream.CODING, t, "/home/dev/p" + project + "/src/F" + ((day * 13 + r.nextInt(15)) % 200) + ".x", "file",
                r.nextDouble() < 0.1 ? "debugging" : "coding", "project-" + project, "branch-" + ((day / 5 + project) % 30), language,
                "VS Code", "vscode", null, r.nextDouble() < 0.05, null, null, null,
                new Counts(r.nextInt(4), r.nextInt(2), 0, 0, 0, r.nextInt(60), r.nextInt(50), 0), List.of(), null, null, false);
    }

    private static Heartbeat web(double t, Random r) {
        return new Heartbeat(0, Stream.WEB, t, DOMAINS[r.nextInt(DOMAINS.length)], "domain", "browsing", null, null, null,
                "Chrome", "browser", null, false, null, null, null, new Counts(0, 0, 0, 0, 0, 0, 0, r.nextInt(3)), List.of(),
                null, null, false);
    }
}
