package dev.codehabit.agent.desktop;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.activity.HeartbeatJson;
import dev.codehabit.agent.store.HeartbeatDao;
import dev.codehabit.agent.support.Http;
import dev.codehabit.agent.support.MutableClock;
import dev.codehabit.agent.support.TestAgent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * "Watching a video in a focused browser tab with sound keeps you active" (setting {@code audible_keeps_active}):
 * a real agent on real SQLite, heartbeats posted over HTTP the way the browser bridge and an editor send them,
 * and the desktop's idle clipper told when the user leaves and comes back, as the input hook tells it.
 * Times are minutes after 09:00; the user's last input is at 09:04 and the hook notices at 09:07.
 */
class WatchingWithSoundTest {
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final int LAST_INPUT = 4 * 60;
    private static final int AWAY_SEEN = 7 * 60;

    @TempDir
    Path dir;
    private MutableClock clock;
    private TestAgent agent;
    private IdleClipper clipper;

    @BeforeEach
    void start() {
        clock = new MutableClock(NINE);
        agent = new TestAgent(dir, clock);
        var services = agent.core().services();
        clipper = new IdleClipper(services.ingest(), services.database(), clock,
                () -> services.settings().get().audibleKeepsActive());
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    @Test
    void aTabPlayingSoundKeepsWebTimeWhileAwayButCodingStopsAtTheLastInput() {
        for (int t = 0; t <= 20 * 60; t += 30) {
            at(t);
            post(webBeat(t, "youtube.com", t == 0 ? "focus" : null, true));
            if (t <= 10 * 60) {
                post(codingBeat(t)); // an editor that keeps reporting although nobody types
            }
            if (t == AWAY_SEEN) {
                clipper.away(NINE.plusSeconds(LAST_INPUT));
            }
        }
        clipper.back(NINE.plusSeconds(20 * 60));
        assertThat(webSeconds()).as("the whole video").isCloseTo(20 * 60, within(0.01));
        assertThat(codingSeconds()).as("coding ends at the last input (plus 1 ms per closed heartbeat)")
                .isCloseTo(LAST_INPUT, within(0.1));
    }

    @Test
    void aSilentTabIsClippedAtTheLastInput() {
        watch(20 * 60, t -> false);
        assertThat(webSeconds()).isCloseTo(LAST_INPUT, within(0.1));
    }

    @Test
    void withTheSettingOffSoundKeepsNothing() {
        settingOn(false);
        watch(20 * 60, t -> true);
        assertThat(webSeconds()).isCloseTo(LAST_INPUT, within(0.1));
    }

    @Test
    void turningTheSettingOffEndsTheKeptSpanAtTheLastAudibleHeartbeatBeforeIt() {
        for (int t = 0; t <= 20 * 60; t += 30) {
            at(t);
            if (t == 10 * 60 + 30) {
                settingOn(false); // the user unticks it between two beats
            }
            post(webBeat(t, "youtube.com", t == 0 ? "focus" : null, true));
            if (t == AWAY_SEEN) {
                clipper.away(NINE.plusSeconds(LAST_INPUT));
            }
        }
        assertThat(webSeconds()).as("up to the last audible beat with the setting on").isCloseTo(10 * 60, within(0.1));
    }

    @Test
    void whenTheSoundStopsWebTimeEndsAtTheLastAudibleHeartbeatNotLater() {
        watch(20 * 60, t -> t <= 12 * 60); // the video ends at 09:12; the tab keeps reporting, now without sound
        assertThat(webSeconds()).isCloseTo(12 * 60, within(0.1));
    }

    @Test
    void theBridgesOwnEndAfterTheSoundStoppedIsExact() {
        watch(12 * 60, t -> true);
        // the bridge's last tick with sound was 09:12:20; it sends that moment as an audible beat and ends 1 ms later
        at(12 * 60 + 25);
        post(webBeat(12 * 60 + 20, "youtube.com", null, true), webBeat(12 * 60 + 20.001, "youtube.com", "idle", false));
        assertThat(webSeconds()).isCloseTo(12 * 60 + 20, within(0.01));
    }

    @Test
    void aTabThatFellSilentWithoutAWordEndsAtItsLastAudibleHeartbeat() {
        watch(10 * 60, t -> true);
        at(14 * 60); // the browser crashed at 09:10; the user is back at 09:14 and browses on
        clipper.back(clock.instant());
        post(webBeat(14 * 60, "youtube.com", null, false));
        at(15 * 60);
        post(webBeat(15 * 60, "youtube.com", null, false));
        assertThat(webSeconds()).isCloseTo(10 * 60 + 60, within(0.01));
    }

    @Test
    void soundThatStartsWhileAwayCountsFromItsFirstAudibleHeartbeat() {
        watch(20 * 60, t -> t >= 9 * 60);
        assertThat(webSeconds()).isCloseTo(LAST_INPUT + 11 * 60, within(0.1));
    }

    @Test
    void audibleIsStoredForWebExportedAndABadValueIsRefusedAlone() {
        at(60);
        JsonNode reply = Http.extension(agent, "POST", "/api/v1/users/current/heartbeats.bulk", agent.token(),
                "[" + webBeat(10, "youtube.com", "focus", true) + ", " + webBeat(20, "github.com", null, false)
                        + ", {\"entity\": \"vimeo.com\", \"type\": \"domain\", \"time\": " + (NINE.getEpochSecond() + 30)
                        + ", \"source\": \"browser\", \"audible\": \"yes\"}]").json();
        assertThat(reply.at("/responses/0/1").asInt()).isEqualTo(201);
        assertThat(reply.at("/responses/1/1").asInt()).isEqualTo(201);
        assertThat(reply.at("/responses/2/1").asInt()).isEqualTo(400);
        assertThat(reply.at("/responses/2/0/error").asText()).isEqualTo("audible must be true or false");

        List<Object> exported = new ArrayList<>();
        agent.core().services().database().read(c -> {
            new HeartbeatDao(agent.core().services().json())
                    .forEach(c, h -> exported.add(HeartbeatJson.toMap(h.heartbeat()).get("audible")));
            return null;
        });
        assertThat(exported).containsExactly(true, false);
    }

    @Test
    void theBridgeReadsTheSettingFromTheAgent() {
        var path = "/api/v1/settings/tracking";
        assertThat(Http.extension(agent, "GET", path, agent.token(), null).json().get("audible_keeps_active").asBoolean())
                .isTrue();
        settingOn(false);
        assertThat(Http.extension(agent, "GET", path, agent.token(), null).json().get("audible_keeps_active").asBoolean())
                .isFalse();
        assertThat(Http.extension(agent, "GET", path, null, null).status()).isEqualTo(401);
    }

    /**
     * A youtube.com tab from 09:00 to {@code until} with a beat every 30 s (the bridge's pace), audible at the
     * seconds {@code audibleAt} says; the user away from 09:04 (seen at 09:07).
     */
    private void watch(int until, IntPredicate audibleAt) {
        for (int t = 0; t <= until; t += 30) {
            at(t);
            post(webBeat(t, "youtube.com", t == 0 ? "focus" : null, audibleAt.test(t)));
            if (t == AWAY_SEEN) {
                clipper.away(NINE.plusSeconds(LAST_INPUT));
            }
        }
    }

    private void at(double secondsAfterNine) {
        Duration ahead = Duration.between(clock.instant(), NINE.plusMillis((long) (secondsAfterNine * 1000)));
        clock.advance(ahead);
    }

    private void settingOn(boolean on) {
        var settings = agent.core().services().settings();
        settings.update(settings.get().withAudibleKeepsActive(on));
    }

    /** As the browser bridge sends it: `audible` only when true. */
    private static String webBeat(double secondsAfterNine, String domain, String signal, boolean audible) {
        return "{\"entity\": \"" + domain + "\", \"type\": \"domain\", \"category\": \"browsing\", \"source\": \"browser\", "
                + "\"time\": " + (NINE.getEpochSecond() + secondsAfterNine)
                + (signal == null ? "" : ", \"signal\": \"" + signal + "\"")
                + (audible ? ", \"audible\": true" : "") + "}";
    }

    private static String codingBeat(double secondsAfterNine) {
        return "{\"entity\": \"/src/alpha/Main.java\", \"type\": \"file\", \"project\": \"alpha\", \"language\": \"Java\", "
                + "\"source\": \"vscode\", \"time\": " + (NINE.getEpochSecond() + secondsAfterNine) + "}";
    }

    private void post(String... beats) {
        var reply = Http.extension(agent, "POST", "/api/v1/users/current/heartbeats.bulk", agent.token(),
                "[" + String.join(", ", beats) + "]");
        assertThat(reply.status()).isEqualTo(202);
        reply.json().get("responses").forEach(r -> assertThat(r.get(1).asInt()).as(r.toString()).isEqualTo(201));
    }

    private double webSeconds() {
        return stats().get("web_seconds").asDouble();
    }

    private double codingSeconds() {
        return stats().get("coding_seconds").asDouble();
    }

    private JsonNode stats() {
        var reply = agent.get("/api/v1/stats?from=2026-03-01&to=2026-03-03");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }
}
