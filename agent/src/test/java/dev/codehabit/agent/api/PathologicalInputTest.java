package dev.codehabit.agent.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.Http;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies and requests that are almost right: each gets a clear JSON error, and nothing is stored for it. */
class PathologicalInputTest {
    @TempDir
    Path dir;
    private TestAgent agent;
    private final double now = Instant.now().getEpochSecond() - 60;

    @BeforeEach
    void start() {
        agent = new TestAgent(dir);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private Response postBytes(String path, byte[] body, String contentType) {
        return agent.send(HttpRequest.newBuilder(URI.create(agent.url(path)))
                .header("Authorization", "Bearer " + agent.token())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private long stored() {
        return agent.core().services().database().read(c -> agent.core().services().heartbeats().count(c));
    }

    @Test
    void trailingContentAndConcatenatedObjectsAreRefused() {
        String one = "{\"entity\": \"/a.java\", \"time\": " + now + "}";
        assertThat(agent.post("/api/v1/users/current/heartbeats", one + " xyz").status()).isEqualTo(400);
        Response two = agent.post("/api/v1/users/current/heartbeats", one + one);
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.json().get("error").asText()).contains("after the JSON value");
        assertThat(agent.post("/api/v1/users/current/heartbeats.bulk", "[" + one + "] []").status()).isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void overlongUtf8AndLoneSurrogatesAreRefusedNotStored() {
        ByteArrayOutputStream overlong = new ByteArrayOutputStream();
        overlong.writeBytes("{\"entity\": \"/a".getBytes(StandardCharsets.US_ASCII));
        overlong.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}); // "/" spelt in two bytes
        overlong.writeBytes(("b.java\", \"time\": " + now + "}").getBytes(StandardCharsets.US_ASCII));
        Response bad = postBytes("/api/v1/users/current/heartbeats", overlong.toByteArray(), "application/json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("UTF-8");

        Response surrogate = agent.post("/api/v1/users/current/heartbeats",
                "{\"entity\": \"/a\\ud800.java\", \"time\": " + now + "}");
        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(surrogate.json().get("error").asText()).contains("surrogate");
        assertThat(stored()).isZero();
    }

    @Test
    void aJsonRouteWantsAJsonContentType() {
        byte[] body = ("{\"entity\": \"/a.java\", \"time\": " + now + "}").getBytes(StandardCharsets.UTF_8);
        assertThat(postBytes("/api/v1/users/current/heartbeats", body, "text/plain").status()).isEqualTo(415);
        assertThat(postBytes("/api/v1/users/current/heartbeats", body, "application/x-www-form-urlencoded").status())
                .isEqualTo(415);
        assertThat(postBytes("/api/v1/users/current/heartbeats", body, "application/json; charset=utf-8").status())
                .isEqualTo(201);
    }

    @Test
    void aDateNoHistoryCanHaveIs400() {
        Response r = agent.get("/api/v1/stats?from=+999999999-12-31");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(agent.get("/api/v1/commits?to=+999999999-12-31").status()).isEqualTo(400);
    }

    @Test
    void methodOverrideIsIgnored() {
        assertThat(agent.post("/api/v1/focus", "{\"minutes\": 25}").status()).isEqualTo(201);
        Response r = agent.send(HttpRequest.newBuilder(URI.create(agent.url("/api/v1/focus")))
                .header("Authorization", "Bearer " + agent.token())
                .header("X-HTTP-Method-Override", "DELETE").GET());
        assertThat(r.status()).isEqualTo(200);
        assertThat(agent.get("/api/v1/focus").json().get("active").asBoolean()).isTrue();
    }

    @Test
    void jettysOwnRefusalsAreJsonToo() throws IOException {
        int port = agent.core().port();
        String longUri = raw(port, "GET /api/v1/health?x=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n");
        assertThat(longUri).startsWith("HTTP/1.1 414");
        String bigHeader = raw(port, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Big: "
                + "b".repeat(70_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(bigHeader).startsWith("HTTP/1.1 431");
        String garbled = raw(port, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nBad Header\r\n\r\n");
        assertThat(garbled).startsWith("HTTP/1.1 400");
        for (String reply : new String[] {longUri, bigHeader, garbled}) {
            assertThat(reply).containsIgnoringCase("Content-Type: application/json");
            assertThat(reply.substring(reply.indexOf("\r\n\r\n") + 4)).startsWith("{\"error\":").doesNotContain("<html");
        }
    }

    @Test
    void pairingNamesCannotHideBehindBidiControlsAndOneExtensionHoldsOneSlot() {
        Response rlo = Http.extension(agent, "POST", "/api/v1/pairing", null,
                "{\"client\": \"chrome\", \"name\": \"Chrome \\u202egnp.exe\"}");
        assertThat(rlo.status()).isEqualTo(400);
        for (int i = 0; i < 10; i++) {
            assertThat(Http.extension(agent, "POST", "/api/v1/pairing", null,
                    "{\"client\": \"chrome\", \"name\": \"Chrome " + i + "\"}").status()).isEqualTo(202);
        }
        JsonNode pending = Http.admin(agent, "GET", "/api/v1/pairing?status=pending", null).json();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("name").asText()).isEqualTo("Chrome 9");
        assertThat(pending.get(0).get("origin").asText()).isEqualTo(Http.EXTENSION_ORIGIN);
    }

    @Test
    void projectNamesDifferingOnlyInUnicodeNormalisationAreOneProject() {
        String nfc = "caf\u00e9";
        String nfd = "cafe\u0301";
        assertThat(agent.post("/api/v1/users/current/heartbeats.bulk", "["
                + "{\"entity\": \"/a.java\", \"time\": " + (now - 30) + ", \"project\": \"" + nfc + "\"},"
                + "{\"entity\": \"/b.java\", \"time\": " + (now - 20) + ", \"project\": \"" + nfd + "\"},"
                + "{\"entity\": \"/c.java\", \"time\": " + (now - 10) + ", \"project\": \"" + nfd + "\"}]").status())
                .isEqualTo(202);
        JsonNode projects = agent.get("/api/v1/stats").json().get("projects");
        assertThat(projects.size()).isEqualTo(1);
        assertThat(projects.fieldNames().next()).isEqualTo(nfc);
    }

    private static String raw(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketException reset) {
            return "";
        }
    }
}
