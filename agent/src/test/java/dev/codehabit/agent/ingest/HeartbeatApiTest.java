package dev.codehabit.agent.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The WakaTime-compatible ingest endpoints over real HTTP into a real SQLite file. */
class HeartbeatApiTest {
    @TempDir
    Path dir;
    private TestAgent agent;
    private final long now = Instant.now().getEpochSecond();

    @BeforeEach
    void start() {
        agent = new TestAgent(dir);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private String beat(long time, String extra) {
        return "{\"entity\": \"/w/app/src/main.rs\", \"time\": " + time + ", \"project\": \"app\", \"language\": \"Rust\""
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private long storedHeartbeats() {
        return agent.core().services().database().read(c -> agent.core().services().heartbeats().count(c));
    }

    @Test
    void aSingleHeartbeatIsStoredAndEchoedWithItsId() {
        Response r = agent.post("/api/v1/users/current/heartbeats", beat(now - 60, "\"keystrokes\": 9"));
        assertThat(r.status()).isEqualTo(201);
        JsonNode data = r.json().get("data");
        assertThat(data.get("id").asText()).isNotBlank();
        assertThat(data.get("entity").asText()).isEqualTo("/w/app/src/main.rs");
        assertThat(data.get("time").asLong()).isEqualTo(now - 60);
        assertThat(data.get("keystrokes").asInt()).isEqualTo(9);
        assertThat(storedHeartbeats()).isEqualTo(1);
    }

    @Test
    void aBadSingleHeartbeatIs400AndStoresNothing() {
        Response r = agent.post("/api/v1/users/current/heartbeats", "{\"entity\": \"x\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("time is required");
        assertThat(storedHeartbeats()).isZero();
    }

    @Test
    void bulkAnswersPerItemInOrderAndKeepsTheValidOnes() {
        String body = "[" + beat(now - 120, "") + ", {\"time\": " + now + "}, " + beat(now - 60, "")
                + ", " + beat(now - 30, "\"keystrokes\": -3") + ", " + beat(now + 7200, "") + "]";
        Response r = agent.post("/api/v1/users/current/heartbeats.bulk", body);
        assertThat(r.status()).isEqualTo(202);
        JsonNode responses = r.json().get("responses");
        assertThat(responses).hasSize(5);
        assertThat(responses.get(0).get(1).asInt()).isEqualTo(201);
        assertThat(responses.get(0).get(0).get("data").get("time").asLong()).isEqualTo(now - 120);
        assertThat(responses.get(1).get(1).asInt()).isEqualTo(400);
        assertThat(responses.get(1).get(0).get("error").asText()).isEqualTo("entity is required");
        assertThat(responses.get(2).get(1).asInt()).isEqualTo(201);
        assertThat(responses.get(3).get(0).get("error").asText()).contains("keystrokes cannot be negative");
        assertThat(responses.get(4).get(0).get("error").asText()).contains("future");
        assertThat(storedHeartbeats()).isEqualTo(2);
        Response stats = agent.get("/api/v1/stats");
        assertThat(stats.json().get("coding_seconds").asDouble()).isEqualTo(60.0);
    }

    @Test
    void malformedJsonIs400AndLosesNothingAlreadyStored() {
        agent.post("/api/v1/users/current/heartbeats.bulk", "[" + beat(now - 100, "") + "," + beat(now - 50, "") + "]");
        Response r = agent.post("/api/v1/users/current/heartbeats.bulk", "[{\"entity\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).startsWith("Malformed JSON");
        assertThat(agent.post("/api/v1/users/current/heartbeats.bulk", "{\"not\": \"an array\"}").status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/users/current/heartbeats", "").status()).isEqualTo(400);
        assertThat(storedHeartbeats()).isEqualTo(2);
        assertThat(agent.get("/api/v1/stats").json().get("coding_seconds").asDouble()).isEqualTo(50.0);
    }

    @Test
    void aResentBatchIsStoredOnceButAcknowledgedAgain() {
        String batch = "[" + beat(now - 100, "\"keystrokes\": 5") + "," + beat(now - 50, "\"keystrokes\": 5") + "]";
        Response first = agent.post("/api/v1/users/current/heartbeats.bulk", batch);
        Response again = agent.post("/api/v1/users/current/heartbeats.bulk", batch);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("responses").get(0).get(1).asInt()).isEqualTo(201);
        assertThat(again.json().get("responses").get(0).get(0).get("data").get("id"))
                .isEqualTo(first.json().get("responses").get(0).get(0).get("data").get("id"));
        assertThat(storedHeartbeats()).isEqualTo(2);
        assertThat(agent.get("/api/v1/stats").json().get("keystrokes").asLong()).isEqualTo(10);
    }

    @Test
    void anOversizedBulkIsRefusedWhole() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i <= HeartbeatRoutes.MAX_BULK; i++) {
            body.append(i == 0 ? "" : ",").append(beat(now - 5000 + i, ""));
        }
        Response r = agent.post("/api/v1/users/current/heartbeats.bulk", body.append("]").toString());
        assertThat(r.status()).isEqualTo(400);
        assertThat(storedHeartbeats()).isZero();
    }

    @Test
    void fullUrlsNeverReachTheDatabase() {
        agent.post("/api/v1/users/current/heartbeats",
                "{\"entity\": \"https://mail.example.com/inbox/secret-thread?id=42\", \"type\": \"url\", \"time\": " + (now - 10) + "}");
        String stored = agent.core().services().database().read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT group_concat(entity) FROM heartbeat")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(stored).isEqualTo("mail.example.com");
    }
}
