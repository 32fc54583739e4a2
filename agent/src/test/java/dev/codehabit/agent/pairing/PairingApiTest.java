package dev.codehabit.agent.pairing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.MutableClock;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static dev.codehabit.agent.support.Http.admin;
import static dev.codehabit.agent.support.Http.extension;
import static dev.codehabit.agent.support.Http.request;
import static org.assertj.core.api.Assertions.assertThat;

/** The pairing handshake and client management over real HTTP, clients kept in a real SQLite file. */
class PairingApiTest {
    private static final String ASK = "{\"client\": \"chrome\", \"name\": \"Chromium on Linux\"}";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.now());
    private TestAgent agent;

    @BeforeEach
    void start() {
        agent = new TestAgent(dir, clock);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private JsonNode ask() {
        Response r = extension(agent, "POST", "/api/v1/pairing", null, ASK);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json();
    }

    /** Approves through the admin API and collects the token the way the extension does. */
    private String pair() {
        String id = ask().get("id").asText();
        assertThat(admin(agent, "POST", "/api/v1/pairing/" + id + "/approve", null).status()).isEqualTo(200);
        return extension(agent, "GET", "/api/v1/pairing/" + id, null, null).json().get("token").asText();
    }

    @Test
    void aBrowserAsksTheUserApprovesAndTheBrowserGetsItsTokenExactlyOnce() {
        JsonNode asked = ask();
        assertThat(asked.get("code").asText()).matches("\\d{3}-\\d{3}");
        String id = asked.get("id").asText();
        assertThat(extension(agent, "GET", "/api/v1/pairing/" + id, null, null).json().get("status").asText())
                .isEqualTo("pending");

        JsonNode pending = admin(agent, "GET", "/api/v1/pairing?status=pending", null).json();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("code").asText()).isEqualTo(asked.get("code").asText());
        assertThat(pending.get(0).get("name").asText()).isEqualTo("Chromium on Linux");

        assertThat(admin(agent, "POST", "/api/v1/pairing/" + id + "/approve", null).status()).isEqualTo(200);
        JsonNode first = extension(agent, "GET", "/api/v1/pairing/" + id, null, null).json();
        assertThat(first.get("status").asText()).isEqualTo("approved");
        String token = first.get("token").asText();
        JsonNode second = extension(agent, "GET", "/api/v1/pairing/" + id, null, null).json();
        assertThat(second.get("status").asText()).isEqualTo("approved");
        assertThat(second.has("token")).isFalse();

        assertThat(extension(agent, "GET", "/api/v1/stats", token, null).status()).isEqualTo(200);
        JsonNode clients = admin(agent, "GET", "/api/v1/clients", null).json();
        assertThat(clients).hasSize(1);
        assertThat(clients.get(0).get("client").asText()).isEqualTo("chrome");
        assertThat(clients.get(0).get("id").asText()).isEqualTo(first.get("client_id").asText());
    }

    @Test
    void onlyExtensionsMayAskAndOnlyTheAdminMayDecide() {
        Response fromTool = agent.send(request(agent, "POST", "/api/v1/pairing", null, ASK));
        assertThat(fromTool.status()).isEqualTo(403);
        Response fromPage = agent.send(request(agent, "POST", "/api/v1/pairing", null, ASK).header("Origin", "https://evil.example"));
        assertThat(fromPage.status()).isEqualTo(403);

        String token = pair();
        String id = ask().get("id").asText();
        assertThat(extension(agent, "POST", "/api/v1/pairing/" + id + "/approve", token, null).status()).isEqualTo(403);
        assertThat(extension(agent, "GET", "/api/v1/clients", token, null).status()).isEqualTo(403);
        assertThat(extension(agent, "POST", "/api/v1/pairing/" + id + "/approve", null, null).status()).isEqualTo(401);
    }

    @Test
    void aRevokedClientGets401AndOthersKeepWorking() {
        String revoked = pair();
        String kept = pair();
        String id = admin(agent, "GET", "/api/v1/clients", null).json().get(0).get("id").asText();
        assertThat(admin(agent, "DELETE", "/api/v1/clients/" + id, null).status()).isEqualTo(204);
        assertThat(extension(agent, "GET", "/api/v1/stats", revoked, null).status()).isEqualTo(401);
        assertThat(extension(agent, "GET", "/api/v1/stats", kept, null).status()).isEqualTo(200);
        assertThat(admin(agent, "DELETE", "/api/v1/clients/" + id, null).status()).isEqualTo(404);
        assertThat(admin(agent, "GET", "/api/v1/clients", null).json()).hasSize(1);
    }

    @Test
    void pairedClientsSurviveARestartButTheirTokensAreNotStoredInTheClear() throws Exception {
        String token = pair();
        agent.close();
        agent = new TestAgent(dir, clock);
        assertThat(extension(agent, "GET", "/api/v1/stats", token, null).status()).isEqualTo(200);
        byte[] db = java.nio.file.Files.readAllBytes(dir.resolve("codehabit.db"));
        assertThat(new String(db, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
    }

    @Test
    void deniedAndExpiredRequestsGiveNoToken() {
        String denied = ask().get("id").asText();
        assertThat(admin(agent, "POST", "/api/v1/pairing/" + denied + "/deny", null).status()).isEqualTo(200);
        assertThat(extension(agent, "GET", "/api/v1/pairing/" + denied, null, null).json().get("status").asText())
                .isEqualTo("denied");
        assertThat(admin(agent, "POST", "/api/v1/pairing/" + denied + "/approve", null).status()).isEqualTo(409);

        String late = ask().get("id").asText();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(extension(agent, "GET", "/api/v1/pairing/" + late, null, null).json().get("status").asText())
                .isEqualTo("expired");
        assertThat(admin(agent, "POST", "/api/v1/pairing/" + late + "/approve", null).status()).isEqualTo(409);
        assertThat(admin(agent, "GET", "/api/v1/pairing?status=pending", null).json()).isEmpty();
        assertThat(extension(agent, "GET", "/api/v1/pairing/nope", null, null).status()).isEqualTo(404);
    }

    @Test
    void atMostFiveRequestsWait() {
        for (int i = 0; i < PairingService.MAX_PENDING; i++) {
            // Five extensions: one extension holds one slot at most (its new request replaces its old one).
            Response r = agent.send(dev.codehabit.agent.support.Http.request(agent, "POST", "/api/v1/pairing", null, ASK)
                    .header("Origin", "chrome-extension://extension" + i));
            assertThat(r.status()).isEqualTo(202);
        }
        Response sixth = agent.send(dev.codehabit.agent.support.Http.request(agent, "POST", "/api/v1/pairing", null, ASK)
                .header("Origin", "chrome-extension://another"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().get("error").asText()).contains("approve or deny");
        clock.advance(Duration.ofMinutes(6));
        assertThat(extension(agent, "POST", "/api/v1/pairing", null, ASK).status()).isEqualTo(202);
    }

    @Test
    void badRequestsAreRejectedWithAReason() {
        Response noName = extension(agent, "POST", "/api/v1/pairing", null, "{\"client\": \"chrome\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("error").asText()).contains("name");
        assertThat(extension(agent, "POST", "/api/v1/pairing", null, "{\"client\": \"Chrome!!\", \"name\": \"x\"}").status())
                .isEqualTo(400);
        assertThat(extension(agent, "POST", "/api/v1/pairing", null, "{not json").status()).isEqualTo(400);
        assertThat(admin(agent, "GET", "/api/v1/pairing?status=approved", null).status()).isEqualTo(400);
    }
}
