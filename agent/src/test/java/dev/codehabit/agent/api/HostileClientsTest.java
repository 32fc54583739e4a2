package dev.codehabit.agent.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.AgentProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local processes that mean harm, against the agent as ./codehabit starts it, over raw sockets: huge bodies with
 * and without a token, chunked, and fifty connections trickling a body byte by byte. Memory stays flat and the
 * bridges keep being served. Every loop is bounded in count and time.
 */
class HostileClientsTest {
    private static final int EIGHT_MB = 8 * 1024 * 1024;
    private static final String ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";

    @TempDir
    Path dir;
    private AgentProcess agent;
    private int port;
    private String token;

    @BeforeEach
    void start() throws Exception {
        agent = AgentProcess.startAsLauncher(dir.resolve("data"));
        JsonNode info = agent.awaitReady(Duration.ofSeconds(30));
        port = info.get("port").asInt();
        token = info.get("token").asText();
    }

    @AfterEach
    void stop() throws Exception {
        agent.close();
    }

    @Test
    void hugeBodiesAreRefusedWithoutTheAgentsMemoryGrowing() throws Exception {
        for (int i = 0; i < 50; i++) {
            assertThat(heartbeat(i).status).isEqualTo(201); // warm up: what a normal day looks like
        }
        long before = rssKb();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> floods = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                floods.add(pool.submit(() -> hugeBody("POST", "/api/v1/pairing", null, false)));
                floods.add(pool.submit(() -> hugeBody("POST", "/api/v1/pairing", null, true)));
                floods.add(pool.submit(() -> hugeBody("POST", "/api/v1/users/current/heartbeats.bulk", token, false)));
                floods.add(pool.submit(() -> hugeBody("POST", "/api/v1/users/current/heartbeats.bulk", token, true)));
                floods.add(pool.submit(() -> hugeBody("PUT", "/api/v1/categories", token, true)));
            }
            Instant t = Instant.now();
            Reply normal = heartbeat(1000);
            Duration took = Duration.between(t, Instant.now());
            for (Future<Integer> f : floods) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isIn(413, 400, -1); // -1: the agent closed on us mid-send
            }
            assertThat(normal.status).isEqualTo(201);
            assertThat(took).as("a heartbeat during the flood").isLessThan(Duration.ofSeconds(1));
        } finally {
            pool.shutdownNow();
        }
        long after = rssKb();
        assertThat(after - before).as("RSS growth in KB (before %d KB)", before).isLessThan(50 * 1024);

        for (int i = 0; i < 5; i++) { // clients that give up half-way through their body
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.getOutputStream().write(("POST /api/v1/users/current/heartbeats HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json"
                        + "\r\nContent-Length: 1000\r\n\r\n{\"entity\": ").getBytes(StandardCharsets.US_ASCII));
            }
        }
        assertThat(heartbeat(2000).status).isEqualTo(201);
        assertThat(agent.output()).as("aborted and refused requests are not errors of the agent")
                .doesNotContain("ERROR").doesNotContain("\tat ");
    }

    @Test
    void fiftySlowBodiesDoNotStarveTheBridges() throws Exception {
        List<Socket> slow = new ArrayList<>();
        Instant begun = Instant.now();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = new Socket("127.0.0.1", port);
                s.getOutputStream().write(("POST /api/v1/pairing HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nOrigin: " + ORIGIN + "\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(s);
            }
            List<Duration> latencies = new ArrayList<>();
            for (int round = 0; round < 6; round++) { // ~6 s of trickling, one byte per connection per second
                for (Socket s : slow) {
                    trickle(s);
                }
                Instant t = Instant.now();
                assertThat(heartbeat(round).status).isEqualTo(201);
                latencies.add(Duration.between(t, Instant.now()));
                Thread.sleep(1000);
            }
            assertThat(latencies).allSatisfy(d -> assertThat(d).isLessThan(Duration.ofSeconds(1)));
            // And the trickles are cut off at the body deadline rather than kept forever: past it, the next byte
            // each sends is answered 408.
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), begun.plusSeconds(11)).toMillis()));
            int answered = 0;
            for (Socket s : slow) {
                s.setSoTimeout(5_000);
                trickle(s);
                int status = status(s.getInputStream());
                if (status == 408 || status == -1) {
                    answered++;
                }
            }
            assertThat(answered).isEqualTo(slow.size());
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    private static void trickle(Socket s) {
        try {
            s.getOutputStream().write(' ');
            s.getOutputStream().flush();
        } catch (IOException closed) {
            // the agent has already cut it off
        }
    }

    /** Sends an 8 MB JSON body (one huge string) with a Content-Length or chunked; the status, or -1 when cut off. */
    private int hugeBody(String method, String path, String bearer, boolean chunked) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nOrigin: " + ORIGIN + "\r\nContent-Type: application/json\r\nConnection: close\r\n");
            if (bearer != null) {
                head.append("Authorization: Bearer ").append(bearer).append("\r\n");
            }
            head.append(chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: " + EIGHT_MB + "\r\n\r\n");
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try {
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                byte[] start = "[\"".getBytes(StandardCharsets.US_ASCII);
                send(out, start, chunked);
                for (int sent = start.length; sent < EIGHT_MB; sent += chunk.length) {
                    send(out, chunk, chunked);
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedOnUs) {
                // refused early: the agent closed the connection while we were still sending
            }
            try {
                return status(s.getInputStream());
            } catch (IOException e) {
                return -1;
            }
        }
    }

    private static void send(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static int status(InputStream in) throws IOException {
        byte[] line = new byte[12];
        int n = 0;
        try {
            while (n < line.length) {
                int r = in.read(line, n, line.length - n);
                if (r < 0) {
                    return -1;
                }
                n += r;
            }
        } catch (SocketTimeoutException e) {
            return -2;
        }
        return Integer.parseInt(new String(line, 9, 3, StandardCharsets.US_ASCII));
    }

    private Reply heartbeat(int i) throws IOException {
        double time = Instant.now().getEpochSecond() - 3600 + i;
        String body = "{\"entity\": \"/src/p/F" + i + ".java\", \"time\": " + time + "}";
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            s.getOutputStream().write(("POST /api/v1/users/current/heartbeats HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nConnection: close"
                    + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(bytes);
            return new Reply(status(s.getInputStream()));
        }
    }

    private long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(agent.process().pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    private record Reply(int status) {}
}
