package dev.codehabit.sync.days;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Day sync over real HTTP on both databases: replace, order, combine, refuse with reasons, touch nothing else. */
class DaySyncApiTest {
    static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    static String day(int coding, int version, String extra) {
        int[] hours = new int[24];
        int left = coding;
        for (int h = 9; h < 24 && left > 0; h++) {
            hours[h] = Math.min(3600, left);
            left -= hours[h];
        }
        StringBuilder hs = new StringBuilder();
        for (int h : hours) {
            hs.append(hs.isEmpty() ? "" : ",").append(h);
        }
        return "{\"time_zone\":\"Europe/Paris\",\"version\":" + version + ",\"coding_seconds\":" + coding
                + ",\"hours\":[" + hs + "],\"languages\":{\"Rust\":" + coding / 2 + "}" + extra + "}";
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void replacesByVersionIgnoresOlderAndCombinesDevicesPerHour(Backend backend) {
        try (TestServer server = TestServer.start(backend, Optional.empty(), new MutableClock(NOW))) {
            String user = Accounts.userToken(server, "alice");
            String laptop = Accounts.deviceToken(server, user, "laptop");
            String desktop = Accounts.deviceToken(server, user, "desktop");

            assertThat(put(server, laptop, "2026-06-15", day(7200, 1, "")).statusCode()).isEqualTo(200);
            HttpResponse<String> again = put(server, laptop, "2026-06-15", day(9000, 2, ""));
            assertThat(Json.of(again).get("result").asText()).isEqualTo("stored");
            HttpResponse<String> older = put(server, laptop, "2026-06-15", day(100, 1, ""));
            assertThat(older.statusCode()).isEqualTo(200);
            assertThat(Json.of(older).get("version").asLong()).isEqualTo(2);
            assertThat(Json.of(older).get("result").asText()).isEqualTo("ignored_older_version");
            assertThat(read(server, user, "2026-06-15").get("coding_seconds").asInt()).isEqualTo(9000);

            // both machines coded from 09:00: the overlapping hours count once, capped at 3,600 s each
            put(server, desktop, "2026-06-15", day(5400, 1, ""));
            JsonNode combined = read(server, user, "2026-06-15");
            assertThat(combined.get("coding_seconds").asInt()).isEqualTo(9000);
            assertThat(combined.get("devices").size()).isEqualTo(2);
            assertThat(combined.get("languages").get("Rust").asInt()).isLessThanOrEqualTo(9000);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyBadDayIsRefusedWithItsFieldAndReasonAndChangesNothing(Backend backend) {
        try (TestServer server = TestServer.start(backend, Optional.empty(), new MutableClock(NOW))) {
            String user = Accounts.userToken(server, "bob");
            String device = Accounts.deviceToken(server, user, "laptop");
            put(server, device, "2026-06-14", day(3600, 5, ""));
            String ok = day(3600, 6, "");
            List<String[]> cases = new ArrayList<>();
            cases.add(new String[] {"2026-06-14", ok.replace("\"coding_seconds\":3600", "\"coding_seconds\":\"3600\""), "coding_seconds"});
            cases.add(new String[] {"2026-06-14", ok.replace("\"coding_seconds\":3600", "\"coding_seconds\":-1"), "coding_seconds"});
            cases.add(new String[] {"2026-06-14", "{\"time_zone\":\"UTC\",\"version\":6,\"coding_seconds\":86401}", "coding_seconds"});
            cases.add(new String[] {"2026-06-14", ok.replace("[0,0,0,0,0,0,0,0,0,3600", "[0,0,0,0,0,0,0,0,0,3601"), "hours"});
            cases.add(new String[] {"2026-06-14", ok.replace("\"coding_seconds\":3600", "\"coding_seconds\":3000"), "hours"});
            cases.add(new String[] {"2026-06-14", ok.replace("\"Rust\":1800", "\"Rust\":1800,\"Go\":2000"), "languages"});
            cases.add(new String[] {"2026-06-14", ok.replace("\"languages\"", "\"editors\":{\"vim\":4000},\"languages\""), "editors"});
            cases.add(new String[] {"2026-06-17", ok, "date"});
            cases.add(new String[] {"2025-06-13", ok, "date"});
            cases.add(new String[] {"14-06-2026", ok, "date"});
            cases.add(new String[] {"2026-06-14", withField(ok, "\"future\":{\"a\":1}"), "future"});
            cases.add(new String[] {"2026-06-14", ok.replace("\"version\":6", "\"version\":\"6\""), "version"});
            cases.add(new String[] {"2026-06-14", ok.replace("Europe/Paris", "Mars/Olympus"), "time_zone"});
            cases.add(new String[] {"2026-06-14", ok.replace("\"Rust\":1800", "\"" + "x".repeat(65) + "\":1800"), "languages"});
            cases.add(new String[] {"2026-06-14", ok.replace("\"Rust\":1800", manyLanguages()), "languages"});
            cases.add(new String[] {"2026-06-14", withField(ok, "\"productivity_score\":101"), "productivity_score"});
            cases.add(new String[] {"2026-06-14", withField(ok, "\"keystrokes\":-3"), "keystrokes"});
            cases.add(new String[] {"2026-06-14", ok.replace(",\"hours\"", ",\"hours\":[1,2],\"x\""), "hours"});
            for (String[] c : cases) {
                HttpResponse<String> r = put(server, device, c[0], c[1]);
                assertThat(r.statusCode()).as(c[2] + ": " + r.body()).isEqualTo(400);
                assertThat(Json.of(r).get("field").asText()).as(r.body()).isEqualTo(c[2]);
                assertThat(Json.of(r).get("reason").asText()).isNotBlank();
            }
            JsonNode stored = read(server, user, "2026-06-14");
            assertThat(stored.get("coding_seconds").asInt()).isEqualTo(3600);
            assertThat(stored.get("devices").elements().next().asLong()).isEqualTo(5);

            // an unknown plain field is ignored for newer agents; optional fields may be left out
            assertThat(put(server, device, "2026-06-15", "{\"time_zone\":\"UTC\",\"version\":1,\"newer\":3}").statusCode()).isEqualTo(200);
        }
    }

    private static String withField(String day, String field) {
        return day.substring(0, day.length() - 1) + "," + field + "}";
    }

    private static String manyLanguages() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            b.append(i == 0 ? "" : ",").append("\"L").append(i).append("\":1");
        }
        return b.toString();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bulkAnswersPerItemAndBigBodiesAndUserTokensAreRefused(Backend backend) {
        try (TestServer server = TestServer.start(backend, Optional.empty(), new MutableClock(NOW))) {
            String user = Accounts.userToken(server, "carol");
            String device = Accounts.deviceToken(server, user, "laptop");
            String good = day(1800, 1, "").replaceFirst("\\{", "{\"date\":\"2026-06-13\",");
            String bad = day(1800, 1, "").replaceFirst("\\{", "{\"date\":\"2030-01-01\",");
            HttpResponse<String> bulk = server.send("PUT", "/api/v1/days", device, "[" + good + "," + bad + "]");
            assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
            JsonNode results = Json.of(bulk).get("results");
            assertThat(results.get(0).get("status").asInt()).isEqualTo(200);
            assertThat(results.get(1).get("status").asInt()).isEqualTo(400);
            assertThat(results.get(1).get("field").asText()).isEqualTo("date");
            assertThat(read(server, user, "2026-06-13").get("coding_seconds").asInt()).isEqualTo(1800);

            StringBuilder many = new StringBuilder("[");
            for (int i = 0; i < 101; i++) {
                many.append(i == 0 ? "" : ",").append("{}");
            }
            assertThat(server.send("PUT", "/api/v1/days", device, many + "]").statusCode()).isEqualTo(400);
            String huge = day(1800, 2, ",\"padding\":\"" + "x".repeat(70_000) + "\"");
            assertThat(put(server, device, "2026-06-13", huge).statusCode()).isEqualTo(413);
            assertThat(put(server, user, "2026-06-13", day(1800, 3, "")).statusCode()).isEqualTo(401);
            assertThat(put(server, null, "2026-06-13", day(1800, 3, "")).statusCode()).isEqualTo(401);

            // another account sees only its own day
            String other = Accounts.userToken(server, "dave");
            assertThat(read(server, other, "2026-06-13").get("coding_seconds").asInt()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eachDeviceIsRateLimited(Backend backend) {
        try (TestServer server = TestServer.start(backend, Optional.empty(), new MutableClock(NOW))) {
            String user = Accounts.userToken(server, "erin");
            String device = Accounts.deviceToken(server, user, "laptop");
            String other = Accounts.deviceToken(server, user, "desktop");
            HttpResponse<String> last = null;
            for (int i = 0; i <= DayRoutes.PER_DEVICE_PER_MINUTE; i++) {
                last = put(server, device, "2026-06-15", day(60, i, ""));
            }
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValue("Retry-After")).isPresent();
            assertThat(put(server, other, "2026-06-15", day(60, 1, "")).statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDeletedDevicesDaysGoWhenAskedAndTheExportHoldsEveryDay(Backend backend) {
        try (TestServer server = TestServer.start(backend, Optional.empty(), new MutableClock(NOW))) {
            String user = Accounts.userToken(server, "fay");
            String laptop = Accounts.deviceToken(server, user, "laptop");
            String desktop = Accounts.deviceToken(server, user, "desktop");
            put(server, laptop, "2026-06-15", day(3600, 1, ""));
            put(server, desktop, "2026-06-15", day(1800, 1, "").replace("Europe/Paris", "UTC"));
            JsonNode export = Json.of(server.get("/api/v1/me/export", user));
            assertThat(export.get("days").size()).isEqualTo(2);
            assertThat(export.get("days").get(0).get("day").get("coding_seconds").asInt()).isPositive();

            long desktopId = Json.of(server.get("/api/v1/devices/current", desktop)).get("id").asLong();
            assertThat(server.send("DELETE", "/api/v1/devices/" + desktopId + "?keep_days=false", user, null).statusCode()).isIn(200, 204);
            JsonNode day = read(server, user, "2026-06-15");
            assertThat(day.get("devices").size()).isEqualTo(1);
            assertThat(day.get("coding_seconds").asInt()).isEqualTo(3600);
        }
    }

    static HttpResponse<String> put(TestServer server, String token, String date, String body) {
        return server.send("PUT", "/api/v1/days/" + date, token, body);
    }

    static JsonNode read(TestServer server, String token, String date) {
        HttpResponse<String> r = server.get("/api/v1/days/" + date, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.of(r);
    }
}
