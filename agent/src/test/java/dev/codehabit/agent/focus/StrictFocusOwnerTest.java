package dev.codehabit.agent.focus;

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
import static org.assertj.core.api.Assertions.assertThat;

/** A paired browser cannot lock the owner out with strict focus; the owner always has a deliberate way out. */
class StrictFocusOwnerTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(NOW);
    private TestAgent agent;
    private String browser;

    @BeforeEach
    void start() {
        agent = new TestAgent(dir, clock);
        Response asked = extension(agent, "POST", "/api/v1/pairing", null, "{\"client\": \"chrome\", \"name\": \"Chrome\"}");
        String id = asked.json().get("id").asText();
        assertThat(admin(agent, "POST", "/api/v1/pairing/" + id + "/approve", null).status()).isEqualTo(200);
        browser = extension(agent, "GET", "/api/v1/pairing/" + id, null, null).json().get("token").asText();
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    @Test
    void aPairedClientCanNeitherStartAStrictSessionNorInstallAStrictSchedule() {
        Response strict = extension(agent, "POST", "/api/v1/focus", browser, "{\"minutes\": 720, \"strict\": true}");
        assertThat(strict.status()).as(strict.body()).isEqualTo(403);
        Response schedule = extension(agent, "PUT", "/api/v1/focus/schedules", browser,
                "[{\"days\": [\"MONDAY\"], \"start\": \"09:00\", \"end\": \"12:00\", \"strict\": true}]");
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(403);
        assertThat(agent.get("/api/v1/focus").json().get("active").asBoolean()).isFalse();
        assertThat(agent.get("/api/v1/focus/schedules").json()).isEmpty();

        // Ordinary focus stays the browser's to start and end.
        assertThat(extension(agent, "POST", "/api/v1/focus", browser, "{\"minutes\": 25}").status()).isEqualTo(201);
        assertThat(extension(agent, "DELETE", "/api/v1/focus", browser, null).status()).isEqualTo(204);
    }

    @Test
    void strictFocusHasSaneBoundsEvenForTheOwner() {
        Response day = admin(agent, "PUT", "/api/v1/focus/schedules",
                "[{\"days\": \"weekdays\", \"start\": \"00:00\", \"end\": \"23:59:59.999999999\", \"strict\": true}]");
        assertThat(day.status()).as(day.body()).isEqualTo(400);
        assertThat(day.json().get("error").asText()).contains("16 hours");
        Response longSession = admin(agent, "POST", "/api/v1/focus", "{\"minutes\": 720, \"strict\": true}");
        assertThat(longSession.status()).as(longSession.body()).isEqualTo(400);
        assertThat(admin(agent, "PUT", "/api/v1/focus/schedules",
                "[{\"days\": \"weekdays\", \"start\": \"08:00\", \"end\": \"12:00\", \"strict\": true}]").status())
                .isEqualTo(200);
    }

    @Test
    void theOwnerUnlocksAStrictSessionWithATypedConfirmationAndACoolDown() {
        assertThat(admin(agent, "POST", "/api/v1/focus", "{\"minutes\": 240, \"strict\": true}").status()).isEqualTo(201);
        assertThat(admin(agent, "DELETE", "/api/v1/focus", null).status()).isEqualTo(409);

        assertThat(extension(agent, "POST", "/api/v1/focus/unlock", browser,
                "{\"confirm\": \"" + FocusService.UNLOCK_PHRASE + "\"}").status()).isEqualTo(403);
        assertThat(admin(agent, "POST", "/api/v1/focus/unlock", "{\"confirm\": \"yes\"}").status()).isEqualTo(400);
        Response unlocked = admin(agent, "POST", "/api/v1/focus/unlock",
                "{\"confirm\": \"" + FocusService.UNLOCK_PHRASE + "\"}");
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        Instant endsAt = NOW.plusSeconds(FocusService.UNLOCK_COOLDOWN_SECONDS);
        assertThat(Instant.parse(unlocked.json().get("ends_at").asText())).isEqualTo(endsAt);
        assertThat(unlocked.json().get("active").asBoolean()).as("still blocking during the cool-down").isTrue();

        clock.advance(Duration.ofSeconds(FocusService.UNLOCK_COOLDOWN_SECONDS));
        assertThat(agent.get("/api/v1/focus").json().get("active").asBoolean()).isFalse();
        assertThat(admin(agent, "PUT", "/api/v1/focus/blocklist", "{\"domains\": [], \"categories\": []}").status())
                .isEqualTo(200);
        String today = NOW.toString().substring(0, 10);
        assertThat(agent.get("/api/v1/stats?from=" + today + "&to=" + today).json().get("distraction_attempts").asInt())
                .as("the unlock counts as a distraction attempt").isEqualTo(1);
    }
}
