package dev.codehabit.agent.focus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.MutableClock;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
import dev.codehabit.agent.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static dev.codehabit.agent.support.Http.admin;
import static org.assertj.core.api.Assertions.assertThat;

/** Focus mode over real HTTP with sessions, blocklist and schedules in a real SQLite file. */
class FocusApiTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** A Monday, 08:59 in Berlin. */
    private static final Instant MONDAY_0859 = ZonedDateTime.of(2026, 11, 23, 8, 59, 0, 0, ZONE).toInstant();

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(MONDAY_0859);
    private TestAgent agent;

    @BeforeEach
    void start() {
        agent = new TestAgent(TestData.dataDirInZone(dir, ZONE.getId()), clock);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private JsonNode state() {
        return agent.get("/api/v1/focus").json();
    }

    @Test
    void aSessionBlocksTheDefaultCategoriesUntilItEnds() {
        assertThat(state().get("active").asBoolean()).isFalse();
        assertThat(state().get("block_rules")).isEmpty();
        assertThat(state().get("blocked_categories").findValuesAsText("")).isEmpty();
        assertThat(agent.get("/api/v1/focus/blocklist").json().get("categories"))
                .extracting(JsonNode::asText).containsExactly("news", "social-media", "video");

        Response started = agent.post("/api/v1/focus", "{\"minutes\": 25, \"strict\": false}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode s = started.json();
        assertThat(s.get("active").asBoolean()).isTrue();
        assertThat(Instant.parse(s.get("ends_at").asText())).isEqualTo(MONDAY_0859.plus(Duration.ofMinutes(25)));
        assertThat(s.get("block_rules").findValuesAsText("pattern")).contains("youtube.com", "reddit.com", "cnn.com")
                .doesNotContain("github.com");
        JsonNode youtube = s.get("block_rules").findParents("pattern").stream()
                .filter(r -> r.get("pattern").asText().equals("youtube.com")).findFirst().orElseThrow();
        assertThat(youtube.get("type").asText()).isEqualTo("domain");
        assertThat(youtube.get("reason").asText()).isEqualTo("Video & streaming");

        clock.advance(Duration.ofMinutes(25));
        assertThat(state().get("active").asBoolean()).isFalse();
    }

    @Test
    void anOrdinarySessionCanEndEarlyAStrictOneCannot() {
        agent.post("/api/v1/focus", "{\"minutes\": 25}");
        assertThat(agent.post("/api/v1/focus", "{\"minutes\": 5}").status()).isEqualTo(409);
        assertThat(admin(agent, "DELETE", "/api/v1/focus", null).status()).isEqualTo(204);
        assertThat(state().get("active").asBoolean()).isFalse();

        agent.post("/api/v1/focus", "{\"minutes\": 50, \"strict\": true}");
        Response refused = admin(agent, "DELETE", "/api/v1/focus", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("strict");
        assertThat(state().get("active").asBoolean()).isTrue();
        assertThat(state().get("strict").asBoolean()).isTrue();
    }

    @Test
    void theBlocklistTakesDomainsAndCategoriesAndFollowsUserCategoryRules() {
        Response put = admin(agent, "PUT", "/api/v1/focus/blocklist",
                "{\"domains\": [\"WWW.Example.org\"], \"categories\": [\"shopping\"]}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        admin(agent, "PUT", "/api/v1/categories",
                "{\"rules\": [{\"kind\": \"domain\", \"pattern\": \"ebay.com\", \"category\": \"business\"},"
                        + "{\"kind\": \"suffix\", \"pattern\": \"*.shop\", \"category\": \"shopping\"}]}");
        agent.post("/api/v1/focus", "{\"minutes\": 10}");
        JsonNode rules = state().get("block_rules");
        assertThat(rules.findValuesAsText("pattern")).contains("example.org", "amazon.com", "[^/?#:@]+\\.shop")
                .doesNotContain("ebay.com", "youtube.com");
        assertThat(state().get("blocked_domains")).extracting(JsonNode::asText).containsExactly("example.org");

        Response bad = admin(agent, "PUT", "/api/v1/focus/blocklist", "{\"domains\": [], \"categories\": [\"nonsense\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("unknown category nonsense");
        assertThat(admin(agent, "PUT", "/api/v1/focus/blocklist", "{\"domains\": [\"not a domain\"], \"categories\": []}")
                .status()).isEqualTo(400);
        assertThat(agent.get("/api/v1/focus/blocklist").json().get("categories"))
                .extracting(JsonNode::asText).containsExactly("shopping");
    }

    @Test
    void aScheduleStartsItsSessionByItselfOncePerDay() {
        Response put = admin(agent, "PUT", "/api/v1/focus/schedules",
                "[{\"days\": \"weekdays\", \"start\": \"09:00\", \"end\": \"12:00\"}]");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(state().get("active").asBoolean()).isFalse();

        clock.advance(Duration.ofMinutes(2)); // 09:01
        JsonNode s = state();
        assertThat(s.get("active").asBoolean()).isTrue();
        assertThat(s.get("origin").asText()).startsWith("schedule:");
        assertThat(Instant.parse(s.get("ends_at").asText()))
                .isEqualTo(ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZONE).toInstant());

        assertThat(admin(agent, "DELETE", "/api/v1/focus", null).status()).isEqualTo(204);
        assertThat(state().get("active").asBoolean()).isFalse(); // ended early: not restarted today
        clock.advance(Duration.ofDays(1));
        assertThat(state().get("active").asBoolean()).isTrue(); // Tuesday 09:01
        clock.advance(Duration.ofDays(4));
        assertThat(state().get("active").asBoolean()).isFalse(); // Saturday
    }

    @Test
    void badSessionsAndSchedulesAre400() {
        assertThat(agent.post("/api/v1/focus", "{\"minutes\": 0}").status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/focus", "{\"minutes\": \"25\"}").status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/focus", "{\"minutes\": 25, \"strict\": \"yes\"}").status()).isEqualTo(400);
        assertThat(admin(agent, "PUT", "/api/v1/focus/schedules", "[{\"days\": [\"FUNDAY\"], \"start\": \"09:00\", \"end\": \"12:00\"}]")
                .status()).isEqualTo(400);
        Response backwards = admin(agent, "PUT", "/api/v1/focus/schedules", "[{\"days\": \"weekdays\", \"start\": \"12:00\", \"end\": \"09:00\"}]");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("error").asText()).contains("schedules[0]");
        assertThat(state().get("active").asBoolean()).isFalse();
    }

    @Test
    void attemptsAreCountedOncePerDayInTheStats() {
        double t = MONDAY_0859.getEpochSecond() - 30;
        assertThat(agent.post("/api/v1/focus/attempts", "{\"domain\": \"youtube.com\", \"time\": " + t + "}").status()).isEqualTo(201);
        assertThat(agent.post("/api/v1/focus/attempts", "{\"domain\": \"youtube.com\", \"time\": " + t + "}").status()).isEqualTo(200);
        assertThat(agent.post("/api/v1/focus/attempts", "{\"domain\": \"reddit.com\", \"time\": " + (t + 1) + "}").status()).isEqualTo(201);
        assertThat(agent.post("/api/v1/focus/attempts", "{\"domain\": \"reddit.com\"}").status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/focus/attempts", "{\"domain\": \"reddit.com\", \"time\": 1e12}").status()).isEqualTo(400);
        JsonNode stats = agent.get("/api/v1/stats?from=2026-11-23&to=2026-11-24").json();
        assertThat(stats.get("distraction_attempts").asLong()).isEqualTo(2);
        assertThat(stats.get("days").get(0).get("distraction_attempts").asLong()).isEqualTo(2);
        assertThat(stats.get("days").get(1).get("distraction_attempts").asLong()).isZero();
    }

    /** The URL regex a browser builds from a regex rule (browser-bridge focus-mode.js), in Java's dialect. */
    private static Pattern browserRegex(String hostPattern) {
        return Pattern.compile("^https?://((?:" + hostPattern + "))(?::[0-9]+)?/");
    }

    @Test
    void aSuffixRuleBlocksHostsEndingInItAndNeverMatchesInAPath() {
        admin(agent, "PUT", "/api/v1/categories",
                "{\"rules\": [{\"kind\": \"suffix\", \"pattern\": \"*.gov\", \"category\": \"news\"}]}");
        agent.post("/api/v1/focus", "{\"minutes\": 10}");
        String gov = state().get("block_rules").findParents("pattern").stream()
                .map(r -> r.get("pattern").asText()).filter(p -> p.endsWith("gov")).findFirst().orElseThrow();
        Pattern url = browserRegex(gov);
        assertThat(url.matcher("https://www.usa.gov/benefits").find()).isTrue();
        assertThat(url.matcher("https://data.gov:8443/").find()).isTrue();
        var matched = url.matcher("https://www.usa.gov/");
        assertThat(matched.find()).isTrue();
        assertThat(matched.group(1)).isEqualTo("www.usa.gov");
        assertThat(url.matcher("https://en.wikipedia.org/wiki/data.gov/").find()).isFalse();
        assertThat(url.matcher("https://example.com/?next=www.usa.gov/").find()).isFalse();
        assertThat(url.matcher("https://user@evil.example:1@www.usa.gov/").find()).isFalse();
        assertThat(url.matcher("https://notgov/").find()).isFalse();
    }

    @Test
    void aStrictSessionRefusesEveryChangeThatWouldUnblockASite() {
        admin(agent, "PUT", "/api/v1/focus/blocklist", "{\"domains\": [\"example.org\"], \"categories\": [\"video\"]}");
        admin(agent, "PUT", "/api/v1/focus/schedules",
                "[{\"days\": [\"SUNDAY\"], \"start\": \"06:00\", \"end\": \"07:00\", \"strict\": true},"
                        + "{\"days\": [\"SATURDAY\"], \"start\": \"06:00\", \"end\": \"07:00\"}]");
        assertThat(agent.post("/api/v1/focus", "{\"minutes\": 30, \"strict\": true}").status()).isEqualTo(201);
        JsonNode before = state().get("block_rules");

        Response shrink = admin(agent, "PUT", "/api/v1/focus/blocklist", "{\"domains\": [], \"categories\": [\"video\"]}");
        assertThat(shrink.status()).as(shrink.body()).isEqualTo(409);
        assertThat(shrink.json().get("error").asText()).contains("strict").contains("example.org");
        Response dropCategory = admin(agent, "PUT", "/api/v1/focus/blocklist", "{\"domains\": [\"example.org\"], \"categories\": []}");
        assertThat(dropCategory.status()).isEqualTo(409);
        Response recategorise = admin(agent, "PUT", "/api/v1/categories",
                "{\"rules\": [{\"kind\": \"domain\", \"pattern\": \"youtube.com\", \"category\": \"reference\"}]}");
        assertThat(recategorise.status()).as(recategorise.body()).isEqualTo(409);
        assertThat(recategorise.json().get("error").asText()).contains("youtube.com");
        Response dropStrictSchedule = admin(agent, "PUT", "/api/v1/focus/schedules",
                "[{\"days\": [\"SATURDAY\"], \"start\": \"06:00\", \"end\": \"07:00\"}]");
        assertThat(dropStrictSchedule.status()).isEqualTo(409);
        Response loosenStrictSchedule = admin(agent, "PUT", "/api/v1/focus/schedules",
                "[{\"days\": [\"SUNDAY\"], \"start\": \"06:00\", \"end\": \"07:00\", \"strict\": false}]");
        assertThat(loosenStrictSchedule.status()).isEqualTo(409);
        assertThat(state().get("block_rules")).isEqualTo(before);
        assertThat(agent.get("/api/v1/focus/schedules").json()).hasSize(2);

        // what blocks more, or blocks the same, is fine
        assertThat(admin(agent, "PUT", "/api/v1/focus/blocklist",
                "{\"domains\": [\"example.org\", \"example.net\"], \"categories\": [\"video\", \"news\"]}").status()).isEqualTo(200);
        assertThat(admin(agent, "PUT", "/api/v1/categories", "{\"levels\": {\"video\": -1}}").status()).isEqualTo(200);
        assertThat(admin(agent, "PUT", "/api/v1/categories",
                "{\"rules\": [{\"kind\": \"domain\", \"pattern\": \"github.com\", \"category\": \"video\"}]}").status()).isEqualTo(200);
        assertThat(admin(agent, "PUT", "/api/v1/focus/schedules",
                "[{\"days\": [\"SUNDAY\"], \"start\": \"06:00\", \"end\": \"07:00\", \"strict\": true}]").status()).isEqualTo(200);
        assertThat(state().get("block_rules").findValuesAsText("pattern")).contains("github.com", "cnn.com", "example.net");

        clock.advance(Duration.ofMinutes(31)); // over: everything may change again
        assertThat(admin(agent, "PUT", "/api/v1/focus/blocklist", "{\"domains\": [], \"categories\": []}").status()).isEqualTo(200);
        assertThat(admin(agent, "PUT", "/api/v1/categories", "{\"rules\": []}").status()).isEqualTo(200);
        assertThat(admin(agent, "PUT", "/api/v1/focus/schedules", "[]").status()).isEqualTo(200);
    }

    @Test
    void anOrdinarySessionLetsTheBlocklistChange() {
        agent.post("/api/v1/focus", "{\"minutes\": 30}");
        assertThat(admin(agent, "PUT", "/api/v1/focus/blocklist", "{\"domains\": [], \"categories\": []}").status()).isEqualTo(200);
        assertThat(state().get("block_rules")).isEmpty();
    }

    @Test
    void aChangedScheduleRunsTodayEvenAfterTheOldOneRanAndSavingTheSameListDoesNotRestartIt() {
        admin(agent, "PUT", "/api/v1/focus/schedules", "[{\"days\": \"weekdays\", \"start\": \"09:00\", \"end\": \"12:00\"}]");
        clock.advance(Duration.ofMinutes(2)); // 09:01: it starts
        assertThat(state().get("active").asBoolean()).isTrue();
        assertThat(admin(agent, "DELETE", "/api/v1/focus", null).status()).isEqualTo(204);

        // saved again unchanged (the options page saves the whole list): stays off today
        admin(agent, "PUT", "/api/v1/focus/schedules", "[{\"days\": \"weekdays\", \"start\": \"09:00\", \"end\": \"12:00\"}]");
        assertThat(state().get("active").asBoolean()).isFalse();

        // replaced by a different schedule, which gets the same row id: it is new, so it runs today
        admin(agent, "PUT", "/api/v1/focus/schedules", "[{\"days\": \"weekdays\", \"start\": \"09:00\", \"end\": \"11:00\"}]");
        JsonNode s = state();
        assertThat(s.get("active").asBoolean()).isTrue();
        assertThat(Instant.parse(s.get("ends_at").asText()))
                .isEqualTo(ZonedDateTime.of(2026, 11, 23, 11, 0, 0, 0, ZONE).toInstant());
    }
}
