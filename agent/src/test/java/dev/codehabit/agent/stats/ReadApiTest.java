package dev.codehabit.agent.stats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The read API's shapes over a known history: two days of coding in two languages and a little web time. */
class ReadApiTest {
    @TempDir
    Path dir;
    private TestAgent agent;

    @BeforeEach
    void start() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-05T18:00:00Z"), ZoneOffset.UTC);
        agent = new TestAgent(TestData.dataDirInZone(dir, "UTC"), clock);
        long day1 = Instant.parse("2026-05-04T09:00:00Z").getEpochSecond();
        long day2 = Instant.parse("2026-05-05T09:00:00Z").getEpochSecond();
        String beats = "["
                + beat(day1, "Java", "api", "main", 100, 2) + "," + beat(day1 + 300, "Java", "api", "main", 50, 1) + ","
                + beat(day1 + 600, "Java", "api", "main", 0, 0) + ","
                + beat(day2, "Go", "cli", "dev", 20, 0) + "," + beat(day2 + 120, "Go", "cli", "dev", 0, 0) + ","
                + "{\"entity\": \"github.com\", \"type\": \"domain\", \"time\": " + (day2 + 10) + ", \"source\": \"browser\", \"tab_switches\": 2},"
                + "{\"entity\": \"github.com\", \"type\": \"domain\", \"time\": " + (day2 + 70) + ", \"source\": \"browser\", \"signal\": \"blur\"}"
                + "]";
        assertThat(agent.post("/api/v1/users/current/heartbeats.bulk", beats).status()).isEqualTo(202);
    }

    private static String beat(long time, String language, String project, String branch, int keys, int added) {
        return "{\"entity\": \"/src/" + project + "/f\", \"time\": " + time + ", \"language\": \"" + language
                + "\", \"project\": \"" + project + "\", \"branch\": \"" + branch + "\", \"keystrokes\": " + keys
                + ", \"line_additions\": " + added + ", \"user_agent\": \"wakatime/v1 (linux) go1.22 vscode/1.95 vscode-wakatime/24\"}";
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    @Test
    void nativeStatsGiveTotalsAndEveryDay() {
        JsonNode s = agent.get("/api/v1/stats?from=2026-05-03&to=2026-05-05&breakdown=day").json();
        assertThat(s.get("coding_seconds").asDouble()).isEqualTo(720);
        assertThat(s.get("web_seconds").asDouble()).isEqualTo(60);
        assertThat(s.get("languages").get("Java").asDouble()).isEqualTo(600);
        assertThat(s.get("languages").get("Go").asDouble()).isEqualTo(120);
        assertThat(s.get("projects").get("api").asDouble()).isEqualTo(600);
        assertThat(s.get("domains").get("github.com").asDouble()).isEqualTo(60);
        assertThat(s.get("editors").get("VS Code").asDouble()).isEqualTo(720);
        assertThat(s.get("keystrokes").asLong()).isEqualTo(170);
        assertThat(s.get("lines_added").asLong()).isEqualTo(3);
        assertThat(s.get("tab_switches").asLong()).isEqualTo(2);
        assertThat(s.get("files_modified").asLong()).isEqualTo(1);
        JsonNode days = s.get("days");
        assertThat(days).hasSize(3);
        assertThat(days.get(0).get("date").asText()).isEqualTo("2026-05-03");
        assertThat(days.get(0).get("coding_seconds").asDouble()).isZero();
        assertThat(days.get(1).get("coding_seconds").asDouble()).isEqualTo(600);
        assertThat(days.get(2).get("languages").get("Go").asDouble()).isEqualTo(120);
    }

    @Test
    void withoutBreakdownsDaysCarryOnlyTheirFigures() {
        JsonNode day = agent.get("/api/v1/stats?from=2026-05-03&to=2026-05-05").json().get("days").get(2);
        assertThat(day.get("coding_seconds").asDouble()).isEqualTo(120);
        assertThat(day.get("web_seconds").asDouble()).isEqualTo(60);
        assertThat(day.get("keystrokes").asLong()).isEqualTo(20);
        assertThat(day.has("languages")).isFalse();
        assertThat(day.has("domains")).isFalse();
    }

    @Test
    void statsDefaultToTodayInTheAgentsZone() {
        JsonNode s = agent.get("/api/v1/stats").json();
        assertThat(s.get("from").asText()).isEqualTo("2026-05-05");
        assertThat(s.get("coding_seconds").asDouble()).isEqualTo(120);
    }

    @Test
    void badRangesAre400() {
        assertThat(agent.get("/api/v1/stats?from=yesterday").status()).isEqualTo(400);
        assertThat(agent.get("/api/v1/stats?from=2026-05-05&to=2026-05-01").status()).isEqualTo(400);
        assertThat(agent.get("/api/v1/stats?from=1990-01-01&to=2026-05-01").json().get("error").asText()).contains("at most");
        assertThat(agent.get("/api/v1/users/current/summaries").status()).isEqualTo(400);
    }

    @Test
    void summariesHaveWakaTimesShape() {
        JsonNode s = agent.get("/api/v1/users/current/summaries?start=2026-05-04&end=2026-05-05").json();
        JsonNode day1 = s.get("data").get(0);
        assertThat(day1.get("grand_total").get("total_seconds").asDouble()).isEqualTo(600);
        assertThat(day1.get("grand_total").get("text").asText()).isEqualTo("10 mins");
        JsonNode java = day1.get("languages").get(0);
        assertThat(java.get("name").asText()).isEqualTo("Java");
        assertThat(java.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(java.get("text").asText()).isEqualTo("10 mins");
        assertThat(day1.get("projects").get(0).get("name").asText()).isEqualTo("api");
        assertThat(day1.get("editors").get(0).get("name").asText()).isEqualTo("VS Code");
        assertThat(day1.get("branches").get(0).get("name").asText()).isEqualTo("main");
        assertThat(day1.get("categories").get(0).get("name").asText()).isEqualTo("coding");
        assertThat(day1.get("range").get("date").asText()).isEqualTo("2026-05-04");
        assertThat(s.get("cumulative_total").get("seconds").asDouble()).isEqualTo(720);
        assertThat(s.get("cumulative_total").get("text").asText()).isEqualTo("12 mins");
        // Web time is not coding time: WakaTime clients see only the coding stream.
        assertThat(s.get("data").get(1).get("grand_total").get("total_seconds").asDouble()).isEqualTo(120);
    }

    @Test
    void summariesAcceptWakaTimesNamedRanges() {
        JsonNode s = agent.get("/api/v1/users/current/summaries?range=Last%207%20Days").json();
        assertThat(s.get("data")).hasSize(7);
        assertThat(s.get("cumulative_total").get("seconds").asDouble()).isEqualTo(720);
    }

    @Test
    void theStatusBarShowsToday() {
        JsonNode s = agent.get("/api/v1/users/current/statusbar/today").json().get("data");
        assertThat(s.get("grand_total").get("total_seconds").asDouble()).isEqualTo(120);
        assertThat(s.get("grand_total").get("text").asText()).isEqualTo("2 mins");
        assertThat(s.get("languages").get(0).get("name").asText()).isEqualTo("Go");
    }
}
