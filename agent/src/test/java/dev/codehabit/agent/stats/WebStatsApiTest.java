package dev.codehabit.agent.stats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static dev.codehabit.agent.support.Http.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Web time as the browser bridge sends it (focus, beats, blur/idle) and what /api/v1/stats makes of it. */
class WebStatsApiTest {
    @TempDir
    Path dir;
    private TestAgent agent;
    /** An hour ago, so every span lies within today in most zones; the test reads a two-day range anyway. */
    private final double t0 = Instant.now().getEpochSecond() - 3600;

    @BeforeEach
    void start() {
        agent = new TestAgent(dir);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private static String web(String domain, double time, String signal, int tabSwitches) {
        return "{\"entity\": \"" + domain + "\", \"type\": \"domain\", \"category\": \"browsing\", \"source\": \"browser\", "
                + "\"time\": " + time + (signal == null ? "" : ", \"signal\": \"" + signal + "\"")
                + (tabSwitches == 0 ? "" : ", \"tab_switches\": " + tabSwitches) + "}";
    }

    private JsonNode stats() {
        String from = java.time.LocalDate.now().minusDays(1).toString();
        return agent.get("/api/v1/stats?from=" + from).json();
    }

    @Test
    void spansPerDomainBecomeCategoriesAndAScore() {
        Response r = agent.post("/api/v1/users/current/heartbeats.bulk", "[" + String.join(",",
                web("github.com", t0, "focus", 0),
                web("github.com", t0 + 30, null, 0),
                web("github.com", t0 + 60, null, 0),
                web("github.com", t0 + 90, "blur", 1),
                web("youtube.com", t0 + 90, "focus", 0),
                web("youtube.com", t0 + 120, "idle", 2),
                web("my-intranet.example", t0 + 200, "focus", 0),
                web("my-intranet.example", t0 + 240, "blur", 0)) + "]");
        assertThat(r.status()).isEqualTo(202);
        JsonNode s = stats();
        assertThat(s.get("web_seconds").asDouble()).isEqualTo(160.0);
        assertThat(s.get("domains").get("github.com").asDouble()).isEqualTo(90.0);
        assertThat(s.get("domains").get("youtube.com").asDouble()).isEqualTo(30.0);
        assertThat(s.get("site_categories").get("software-development").asDouble()).isEqualTo(90.0);
        assertThat(s.get("site_categories").get("video").asDouble()).isEqualTo(30.0);
        assertThat(s.get("site_categories").get("uncategorized").asDouble()).isEqualTo(40.0);
        assertThat(s.get("domain_categories").get("youtube.com").asText()).isEqualTo("video");
        assertThat(s.get("productive_seconds").asDouble()).isEqualTo(90.0);
        assertThat(s.get("distracting_seconds").asDouble()).isEqualTo(30.0);
        assertThat(s.get("productivity_score").asDouble()).isCloseTo(90.0 * 4 / (4 * 120.0) * 100, within(0.05));
        assertThat(s.get("tab_switches").asLong()).isEqualTo(3);
        assertThat(s.get("coding_seconds").asDouble()).isZero();
    }

    @Test
    void changingACategoryRelabelsHistory() {
        agent.post("/api/v1/users/current/heartbeats.bulk", "[" + web("youtube.com", t0, "focus", 0) + ","
                + web("youtube.com", t0 + 60, "blur", 0) + "]");
        assertThat(stats().get("productivity_score").asDouble()).isZero();
        admin(agent, "PUT", "/api/v1/categories",
                "{\"rules\": [{\"kind\": \"domain\", \"pattern\": \"youtube.com\", \"category\": \"reference\"}]}");
        assertThat(stats().get("productivity_score").asDouble()).isEqualTo(75.0);
        assertThat(stats().get("site_categories").get("reference").asDouble()).isEqualTo(60.0);
    }

    @Test
    void malformedWebEventsAre400AndTheRestIsKept() {
        Response r = agent.post("/api/v1/users/current/heartbeats.bulk", "[" + String.join(",",
                web("github.com", t0, "focus", 0),
                "{\"entity\": \"github.com\", \"type\": \"domain\", \"time\": \"yesterday\"}",
                "{\"entity\": \"not a domain!\", \"type\": \"domain\", \"time\": " + (t0 + 10) + "}",
                "{\"entity\": \"github.com\", \"type\": \"domain\", \"time\": " + (t0 + 10) + ", \"signal\": \"sleepy\"}",
                web("github.com", t0 + 45, "blur", 0)) + "]");
        assertThat(r.status()).isEqualTo(202);
        JsonNode responses = r.json().get("responses");
        assertThat(responses).hasSize(5);
        assertThat(responses.get(0).get(1).asInt()).isEqualTo(201);
        assertThat(responses.get(1).get(1).asInt()).isEqualTo(400);
        assertThat(responses.get(2).get(1).asInt()).isEqualTo(400);
        assertThat(responses.get(3).get(1).asInt()).isEqualTo(400);
        assertThat(responses.get(4).get(1).asInt()).isEqualTo(201);
        assertThat(responses.get(2).get(0).get("error").asText()).isNotBlank();
        assertThat(stats().get("domains").get("github.com").asDouble()).isEqualTo(45.0);
    }

    @Test
    void aRetriedUploadCountsOnce() {
        String batch = "[" + web("github.com", t0, "focus", 1) + "," + web("github.com", t0 + 50, "blur", 0) + "]";
        agent.post("/api/v1/users/current/heartbeats.bulk", batch);
        agent.post("/api/v1/users/current/heartbeats.bulk", batch);
        assertThat(stats().get("domains").get("github.com").asDouble()).isEqualTo(50.0);
        assertThat(stats().get("tab_switches").asLong()).isEqualTo(1);
    }
}
