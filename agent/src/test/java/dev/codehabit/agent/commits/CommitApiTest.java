package dev.codehabit.agent.commits;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
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
import static org.assertj.core.api.Assertions.within;

/** Commits over real HTTP into a real SQLite file, related to the coding time stored next to them. */
class CommitApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-05T18:00:00Z"), ZoneOffset.UTC);
    private static final long NINE = Instant.parse("2026-05-05T09:00:00Z").getEpochSecond();
    private static final String H1 = "1111111111111111111111111111111111111111";
    private static final String H2 = "2222222222222222222222222222222222222222";
    private static final String H3 = "3333333333333333333333333333333333333333";

    @TempDir
    Path dir;
    private TestAgent agent;

    @BeforeEach
    void start() {
        agent = new TestAgent(TestData.dataDirInZone(dir, "UTC"), CLOCK);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private static String commit(String hash, String project, String branch, long time) {
        return "{\"hash\": \"" + hash + "\", \"project\": \"" + project + "\", \"branch\": \"" + branch + "\", "
                + "\"files_changed\": 2, \"insertions\": 30, \"deletions\": 4, \"time\": " + time + ", \"source\": \"vscode\"}";
    }

    private void postAt(String hash, String project, String isoTime) {
        Response r = agent.post("/api/v1/commits", commit(hash, project, "main", Instant.parse(isoTime).getEpochSecond()));
        assertThat(r.status()).isEqualTo(201);
    }

    /** Coding heartbeats every minute from {@code start} for {@code minutes} minutes, then a blur. */
    private void code(String project, String branch, long start, int minutes) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i <= minutes; i++) {
            body.append(i == 0 ? "" : ",").append("{\"entity\": \"/w/").append(project).append("/a.ts\", \"time\": ")
                    .append(start + i * 60L).append(", \"project\": \"").append(project).append("\", \"branch\": \"")
                    .append(branch).append("\", \"source\": \"vscode\"").append(i == minutes ? ", \"signal\": \"blur\"" : "").append("}");
        }
        Response r = agent.post("/api/v1/users/current/heartbeats.bulk", body.append("]").toString());
        assertThat(r.status()).isEqualTo(202);
    }

    @Test
    void aCommitIsStoredOnceAndAReportedDuplicateIsAcknowledged() {
        Response first = agent.post("/api/v1/commits", commit(H1, "shop", "main", NINE));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().at("/data/hash").asText()).isEqualTo(H1);
        Response again = agent.post("/api/v1/commits", commit(H1, "shop", "main", NINE));
        assertThat(again.status()).isEqualTo(200);
        JsonNode listed = agent.get("/api/v1/commits?from=2026-05-05&to=2026-05-05").json().get("data");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("files_changed").asInt()).isEqualTo(2);
        assertThat(listed.get(0).get("insertions").asInt()).isEqualTo(30);
        assertThat(listed.get(0).get("deletions").asInt()).isEqualTo(4);
        assertThat(listed.get(0).get("branch").asText()).isEqualTo("main");
    }

    @Test
    void eachCommitGetsTheCodingTimeOnItsProjectAndBranchSinceThePreviousCommit() {
        code("shop", "main", NINE, 20);                  // 20 min before the first commit
        agent.post("/api/v1/commits", commit(H1, "shop", "main", NINE + 20 * 60));
        code("shop", "feature", NINE + 30 * 60, 30);     // 30 min on a feature branch
        code("shop", "main", NINE + 70 * 60, 10);        // 10 min back on main: not the feature commit's work
        code("blog", "main", NINE + 90 * 60, 15);        // another project: not counted at all
        agent.post("/api/v1/commits", commit(H2, "shop", "feature", NINE + 120 * 60));

        JsonNode data = agent.get("/api/v1/commits?from=2026-05-05&to=2026-05-05").json().get("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0).get("hash").asText()).isEqualTo(H1);
        assertThat(data.get(0).get("coding_seconds").asDouble()).isCloseTo(20 * 60, within(0.01));
        assertThat(data.get(0).get("since_previous_commit").asBoolean()).isFalse();
        assertThat(data.get(1).get("hash").asText()).isEqualTo(H2);
        assertThat(data.get(1).get("coding_seconds").asDouble()).isCloseTo(30 * 60, within(0.01));
        assertThat(data.get(1).get("since_previous_commit").asBoolean()).isTrue();
        assertThat(data.get(1).get("since").asDouble()).isEqualTo(NINE + 20 * 60);
    }

    @Test
    void codingTimeAfterTheCommitDoesNotCountTowardsIt() {
        code("shop", "main", NINE, 40);
        agent.post("/api/v1/commits", commit(H1, "shop", "main", NINE + 10 * 60 + 30));
        JsonNode data = agent.get("/api/v1/commits").json().get("data");
        assertThat(data.get(0).get("coding_seconds").asDouble()).isCloseTo(10 * 60 + 30, within(0.01));
    }

    @Test
    void theListCoversLocalDaysOfTheAgentsZone() {
        postAt(H1, "shop", "2026-05-04T23:59:00Z");
        postAt(H2, "shop", "2026-05-05T00:00:00Z");
        postAt(H3, "shop", "2026-05-05T17:59:59Z");
        JsonNode body = agent.get("/api/v1/commits?from=2026-05-05&to=2026-05-05").json();
        assertThat(body.get("timezone").asText()).isEqualTo("UTC");
        assertThat(body.get("data").findValuesAsText("hash")).containsExactly(H2, H3);
    }

    @Test
    void malformedCommitsAre400PerItemAndTheRestIsStored() {
        Response r = agent.post("/api/v1/commits", "["
                + commit(H1, "shop", "main", NINE) + ","
                + "{\"hash\": \"not-a-hash\", \"project\": \"shop\", \"time\": " + NINE + "},"
                + "{\"hash\": \"" + H2 + "\", \"time\": " + NINE + "},"
                + "{\"hash\": \"" + H3 + "\", \"project\": \"shop\", \"time\": " + NINE + ", \"insertions\": -1},"
                + "\"just a string\","
                + commit(H3, "shop", "main", NINE + 60) + "]");
        assertThat(r.status()).isEqualTo(202);
        JsonNode responses = r.json().get("responses");
        assertThat(responses).hasSize(6);
        assertThat(responses.findValues("error")).extracting(JsonNode::asText).containsExactly(
                "hash must be 7 to 64 hex digits", "project is required",
                "insertions must be a whole number from 0 to 10000000", "a commit must be a JSON object");
        int[] statuses = new int[6];
        for (int i = 0; i < 6; i++) {
            statuses[i] = responses.get(i).get(1).asInt();
        }
        assertThat(statuses).containsExactly(201, 400, 400, 400, 400, 201);
        assertThat(agent.get("/api/v1/commits").json().get("data").findValuesAsText("hash")).containsExactly(H1, H3);
    }

    @Test
    void aBadSingleCommitIs400WithTheReasonAndStoresNothing() {
        Response r = agent.post("/api/v1/commits", "{\"hash\": \"" + H1 + "\", \"project\": \"shop\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("time is required");
        assertThat(agent.post("/api/v1/commits", "{broken").status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/commits", commit(H1, "shop", "main", CLOCK.instant().getEpochSecond() + 86_400)).json()
                .get("error").asText()).isEqualTo("time is in the future");
        assertThat(agent.get("/api/v1/commits").json().get("data")).isEmpty();
    }

    @Test
    void statsCountCommitsForTheRangeAndEachDay() {
        postAt(H1, "shop", "2026-05-04T10:00:00Z");
        postAt(H2, "shop", "2026-05-05T10:00:00Z");
        postAt(H3, "blog", "2026-05-05T11:00:00Z");
        JsonNode stats = agent.get("/api/v1/stats?from=2026-05-03&to=2026-05-05").json();
        assertThat(stats.get("commits").asLong()).isEqualTo(3);
        assertThat(stats.get("days").findValuesAsText("commits")).containsExactly("0", "1", "2");
    }

    @Test
    void commitsNeedAToken() {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(agent.url("/api/v1/commits"))).GET();
        assertThat(agent.send(request).status()).isEqualTo(401);
    }

    @Test
    void aReversedRangeIs400() {
        assertThat(agent.get("/api/v1/commits?from=2026-05-05&to=2026-05-01").status()).isEqualTo(400);
        assertThat(agent.get("/api/v1/commits?from=yesterday").status()).isEqualTo(400);
    }
}
