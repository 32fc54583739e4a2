package dev.codehabit.agent.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.AgentProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** "A 2xx means durable": kill -9 the agent right after it answers, restart it, and find every heartbeat. */
class CrashDurabilityTest {
    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void heartbeatsAcknowledgedBeforeAHardKillSurviveIt() throws Exception {
        long now = Instant.now().getEpochSecond();
        int batches = 20;
        try (AgentProcess agent = AgentProcess.start(dir)) {
            JsonNode info = agent.awaitReady(Duration.ofSeconds(30));
            for (int b = 0; b < batches; b++) {
                StringBuilder body = new StringBuilder("[");
                for (int i = 0; i < 50; i++) {
                    long t = now - 10_000 + b * 50 + i;
                    body.append(i == 0 ? "" : ",").append("{\"entity\": \"f").append(i % 3).append("\", \"time\": ").append(t)
                            .append(", \"keystrokes\": 1}");
                }
                HttpResponse<String> r = post(info, "/heartbeats.bulk", body.append("]").toString());
                assertThat(r.statusCode()).isEqualTo(202);
            }
            agent.killHard(); // the very moment the last reply arrived
        }
        try (AgentProcess agent = AgentProcess.start(dir)) {
            JsonNode info = agent.awaitReady(Duration.ofSeconds(30));
            HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create(info.get("api").asText() + "/stats?from="
                            + java.time.LocalDate.now().minusDays(1) + "&to=" + java.time.LocalDate.now().plusDays(1)))
                    .header("Authorization", "Bearer " + info.get("token").asText()).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode s = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stats.body());
            assertThat(s.get("keystrokes").asLong()).isEqualTo(batches * 50L);
            assertThat(s.get("coding_seconds").asDouble()).isEqualTo(batches * 50 - 1);
        }
    }

    private HttpResponse<String> post(JsonNode info, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(info.get("api").asText() + "/users/current" + path))
                .header("Authorization", "Bearer " + info.get("token").asText())
                .header("Content-Type", "application/json") // JSON routes want it said (415 otherwise)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
