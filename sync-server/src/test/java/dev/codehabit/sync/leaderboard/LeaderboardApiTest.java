package dev.codehabit.sync.leaderboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Days;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.RedisServer;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boards over real HTTP: SQLite with the in-process ranking sets, PostgreSQL with Redis. Each test reads the
 * board the way a page does and checks who is on it, where, and with what.
 */
class LeaderboardApiTest {
    private static final Instant NOON = Instant.parse("2026-06-15T12:00:00Z");
    private final List<AutoCloseable> open = new ArrayList<>();
    private MutableClock clock;

    private TestServer start(Backend backend) {
        clock = new MutableClock(NOON);
        Optional<String> redis = Optional.empty();
        if (backend == Backend.POSTGRESQL) {
            RedisServer r = RedisServer.start();
            open.add(r);
            redis = Optional.of(r.uri());
        }
        TestServer server = TestServer.start(backend, redis, clock);
        open.addFirst(server);
        return server;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private record User(String token, String device) {
    }

    private static User user(TestServer server, String name) {
        String token = Accounts.userToken(server, name);
        return new User(token, Accounts.deviceToken(server, token, "laptop"));
    }

    private static JsonNode board(TestServer server, String query, String token) {
        var r = server.get("/api/v1/leaderboards" + query, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.of(r);
    }

    private static List<String> names(JsonNode board) {
        List<String> out = new ArrayList<>();
        board.get("entries").forEach(e -> out.add(e.has("username") ? e.get("username").asText() : "~" + e.get("pseudonym").asText()));
        return out;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void nobodyAppearsUntilTheyOptInAndLeavesAtOnceOnOptOut(Backend backend) {
        TestServer server = start(backend);
        User alice = user(server, "alice");
        Days.upload(server, alice.device, "2026-06-15", Days.json("Europe/Paris", 1, 7200, Map.of("Rust", 3600)));
        assertThat(names(board(server, "?period=day", null))).isEmpty();

        Days.privacy(server, alice.token, "{\"leaderboards\":true,\"show_languages\":false}");
        JsonNode day = board(server, "?period=day", alice.token);
        assertThat(names(day)).containsExactly("alice");
        assertThat(day.get("entries").get(0).get("seconds").asLong()).isEqualTo(7200);
        assertThat(day.get("entries").get(0).has("languages")).isFalse();
        assertThat(day.get("me").get("rank").asInt()).isEqualTo(1);
        assertThat(day.get("rule").asText()).contains("exactly the seconds");

        Days.privacy(server, alice.token, "{\"anonymous\":true}");
        JsonNode anonymous = board(server, "?period=day", null);
        assertThat(anonymous.get("entries").get(0).has("username")).isFalse();
        assertThat(anonymous.get("entries").get(0).get("pseudonym").asText()).isNotBlank().doesNotContain("alice");
        assertThat(anonymous.toString()).doesNotContain("alice");

        Days.privacy(server, alice.token, "{\"teams_only\":true}");
        assertThat(names(board(server, "?period=day", null))).isEmpty();
        Days.privacy(server, alice.token, "{\"teams_only\":false,\"leaderboards\":false}");
        assertThat(names(board(server, "?period=week", null))).isEmpty();
        assertThat(board(server, "?period=week", alice.token).get("me").isNull()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tiesShareARankInAStableOrderAndTheCallerGetsRankAndPercentile(Backend backend) {
        TestServer server = start(backend);
        List<User> users = new ArrayList<>();
        int[] seconds = {3600, 7200, 7200, 1800};
        for (int i = 0; i < seconds.length; i++) {
            User u = user(server, "user" + i);
            users.add(u);
            Days.privacy(server, u.token, "{\"leaderboards\":true}");
            Days.upload(server, u.device, "2026-06-15", Days.json("UTC", 1, seconds[i], Map.of()));
        }
        JsonNode week = board(server, "?period=week", users.get(3).token);
        List<Integer> ranks = new ArrayList<>();
        week.get("entries").forEach(e -> ranks.add(e.get("rank").asInt()));
        assertThat(ranks).containsExactly(1, 1, 3, 4);
        List<String> first = names(week);
        assertThat(first.subList(0, 2)).containsExactlyInAnyOrder("user1", "user2");
        assertThat(names(board(server, "?period=week", null))).isEqualTo(first);
        assertThat(week.get("me").get("rank").asInt()).isEqualTo(4);
        assertThat(week.get("me").get("percentile").asDouble()).isEqualTo(25.0);
        assertThat(week.get("total").asInt()).isEqualTo(4);
        assertThat(week.get("entries").get(0).get("daily_average").asLong()).isEqualTo(7200 / 7);
        assertThat(board(server, "?period=week", users.get(1).token).get("me").get("rank").asInt()).isEqualTo(1);
        assertThat(server.get("/api/v1/leaderboards?period=year", null).statusCode()).isEqualTo(400);
        assertThat(server.get("/api/v1/leaderboards?page=0", null).statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void languageBoardsRankOnlySharedLanguagesAndNeverOtherOrUnknown(Backend backend) {
        TestServer server = start(backend);
        User alice = user(server, "alice");
        User bob = user(server, "bob");
        Days.privacy(server, alice.token, "{\"leaderboards\":true,\"show_languages\":true}");
        Days.privacy(server, bob.token, "{\"leaderboards\":true,\"show_languages\":false}");
        Days.upload(server, alice.device, "2026-06-15", Days.json("UTC", 1, 7200, Map.of("Rust", 3000, "Other", 3000)));
        Days.upload(server, bob.device, "2026-06-15", Days.json("UTC", 1, 7200, Map.of("Rust", 6000)));

        JsonNode rust = board(server, "?period=week&language=Rust", null);
        assertThat(names(rust)).containsExactly("alice");
        assertThat(rust.get("entries").get(0).get("seconds").asLong()).isEqualTo(3000);
        assertThat(names(board(server, "?period=week&language=Other", null))).isEmpty();
        JsonNode all = board(server, "?period=week", null);
        assertThat(all.get("entries").findValues("languages")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void windowsRollAtEachUsersOwnMidnightAndFollowAZoneChange(Backend backend) {
        TestServer server = start(backend);
        User kiwi = user(server, "kiwi");      // Pacific/Auckland: UTC+12 in June
        User yank = user(server, "yank");      // America/New_York: UTC-4 in June
        Days.privacy(server, kiwi.token, "{\"leaderboards\":true}");
        Days.privacy(server, yank.token, "{\"leaderboards\":true}");
        // 12:00 UTC: 00:00 on the 16th in Auckland, 08:00 on the 15th in New York
        Days.upload(server, kiwi.device, "2026-06-15", Days.json("Pacific/Auckland", 1, 3600, Map.of()));
        Days.upload(server, yank.device, "2026-06-15", Days.json("America/New_York", 1, 1800, Map.of()));
        assertThat(names(board(server, "?period=day", null))).containsExactly("yank");
        assertThat(names(board(server, "?period=week", null))).containsExactly("kiwi", "yank");

        // 04:30 UTC on the 16th: New York's 15th is over too
        clock.advance(Duration.ofHours(16).plusMinutes(30));
        assertThat(names(board(server, "?period=day", null))).isEmpty();
        assertThat(names(board(server, "?period=week", null))).containsExactly("kiwi", "yank");

        // seven days on, the 15th has left both weeks but not the months
        clock.advance(Duration.ofDays(7));
        assertThat(names(board(server, "?period=week", null))).isEmpty();
        assertThat(names(board(server, "?period=month", null))).containsExactly("kiwi", "yank");

        // back on the 16th, yank flies to Auckland (16:30 there): the upload moves yank's day to Auckland's clock
        clock.advance(Duration.ofHours(-7 * 24));
        Days.upload(server, yank.device, "2026-06-16", Days.json("Pacific/Auckland", 1, 600, Map.of()));
        JsonNode day = board(server, "?period=day", null);
        assertThat(names(day)).containsExactly("yank");
        assertThat(day.get("entries").get(0).get("seconds").asLong()).isEqualTo(600);
        assertThat(board(server, "?period=week", null).get("total").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void implausibleDaysAreHeldOffTheBoardsButKeptForTheUser(Backend backend) {
        TestServer server = start(backend);
        User night = user(server, "night");
        Days.privacy(server, night.token, "{\"leaderboards\":true}");
        Days.upload(server, night.device, "2026-06-14", Days.json("UTC", 1, 21 * 3600, Map.of()));
        Days.upload(server, night.device, "2026-06-15", Days.json("UTC", 1, 3600, Map.of()));
        JsonNode week = board(server, "?period=week", night.token);
        assertThat(week.get("entries").get(0).get("seconds").asLong()).isEqualTo(3600);
        JsonNode held = Json.of(server.get("/api/v1/days/2026-06-14", night.token));
        assertThat(held.get("held_for_review").asBoolean()).isTrue();
        assertThat(held.get("coding_seconds").asInt()).isEqualTo(21 * 3600);

        // a fix from the agent (a lower version is ignored, a higher one counts) lifts the hold
        Days.upload(server, night.device, "2026-06-14", Days.json("UTC", 2, 5 * 3600, Map.of()));
        assertThat(board(server, "?period=week", null).get("entries").get(0).get("seconds").asLong()).isEqualTo(6 * 3600);

        // seven days in a row over 16 h: all seven held
        for (int d = 1; d <= 7; d++) {
            Days.upload(server, night.device, "2026-06-0" + d, Days.json("UTC", 1, 17 * 3600, Map.of()));
        }
        assertThat(Json.of(server.get("/api/v1/days/2026-06-04", night.token)).get("held_for_review").asBoolean()).isTrue();
        assertThat(board(server, "?period=month", null).get("entries").get(0).get("seconds").asLong()).isEqualTo(6 * 3600);
    }
}
