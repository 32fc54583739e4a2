package dev.codehabit.sync.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PrivacyApiTest {
    @ParameterizedTest
    @EnumSource(Backend.class)
    void everythingIsOffUntilTheUserOptsIn(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String token = Accounts.userToken(server, "ada");
            JsonNode initial = Json.of(server.get("/api/v1/me/privacy", token));
            assertThat(initial.get("leaderboards").asBoolean()).isFalse();
            assertThat(initial.get("public_profile").asBoolean()).isFalse();
            assertThat(initial.get("anonymous").asBoolean()).isFalse();
            assertThat(initial.get("teams_only").asBoolean()).isFalse();
            assertThat(initial.get("pseudonym").asText()).doesNotContainIgnoringCase("ada");

            HttpResponse<String> put = server.send("PUT", "/api/v1/me/privacy", token, "{\"leaderboards\":true,\"anonymous\":true}");
            assertThat(put.statusCode()).isEqualTo(200);
            JsonNode now = Json.of(server.get("/api/v1/me/privacy", token));
            assertThat(now.get("leaderboards").asBoolean()).isTrue();
            assertThat(now.get("anonymous").asBoolean()).isTrue();
            assertThat(now.get("show_languages").asBoolean()).as("untouched").isTrue();
            assertThat(now.get("pseudonym").asText()).isEqualTo(initial.get("pseudonym").asText());

            server.send("PUT", "/api/v1/me/privacy", token, "{\"leaderboards\":false}");
            assertThat(Json.of(server.get("/api/v1/me/privacy", token)).get("anonymous").asBoolean()).isTrue();
            assertThat(Json.of(server.get("/api/v1/me/privacy", token)).get("leaderboards").asBoolean()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBadSettingIsRefusedWithItsReasonAndNothingChanges(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String token = Accounts.userToken(server, "ada");
            server.send("PUT", "/api/v1/me/privacy", token, "{\"public_profile\":true}");
            String before = server.get("/api/v1/me/privacy", token).body();
            String[][] cases = {
                    {"{\"leaderboards\":\"yes\",\"anonymous\":true}", "leaderboards", "must be true or false"},
                    {"{\"anonymous\":true,\"teams_only\":1}", "teams_only", "must be true or false"},
                    {"{\"anonymous\":true,\"leaderbords\":true}", "leaderbords", "Unknown privacy setting"},
                    {"[true]", null, "JSON object"},
                    {"{\"anonymous\":null}", "anonymous", "must be true or false"},
            };
            for (String[] c : cases) {
                HttpResponse<String> refused = server.send("PUT", "/api/v1/me/privacy", token, c[0]);
                assertThat(refused.statusCode()).as(c[0]).isEqualTo(400);
                assertThat(Json.of(refused).get("error").asText()).as(c[0]).contains(c[2]);
                if (c[1] != null) {
                    assertThat(Json.of(refused).get("field").asText()).isEqualTo(c[1]);
                }
                assertThat(server.get("/api/v1/me/privacy", token).body()).as("unchanged after " + c[0]).isEqualTo(before);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anotherAccountsTokenOnlyEverReachesItsOwnSettings(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String mine = Accounts.userToken(server, "ada");
            String theirs = Accounts.userToken(server, "mallory");
            server.send("PUT", "/api/v1/me/privacy", theirs, "{\"leaderboards\":true}");
            assertThat(Json.of(server.get("/api/v1/me/privacy", mine)).get("leaderboards").asBoolean()).isFalse();
            assertThat(server.get("/api/v1/me/privacy", null).statusCode()).isEqualTo(401);
            assertThat(server.send("PUT", "/api/v1/me/privacy", null, "{\"leaderboards\":true}").statusCode()).isEqualTo(401);
            String device = Accounts.deviceToken(server, mine, "desk");
            assertThat(server.send("PUT", "/api/v1/me/privacy", device, "{\"leaderboards\":true}").statusCode())
                    .as("a device token cannot change privacy").isEqualTo(401);
            assertThat(Json.of(server.get("/api/v1/me/privacy", mine)).get("leaderboards").asBoolean()).isFalse();
        }
    }

    @Test
    void pseudonymsAreStableAndDifferBetweenAccounts() {
        assertThat(Pseudonyms.of(42)).isEqualTo(Pseudonyms.of(42)).matches("[A-Z][a-z]+ [A-Z][a-z]+ \\d{4}");
        Set<String> seen = new HashSet<>();
        for (long id = 1; id <= 2000; id++) {
            seen.add(Pseudonyms.of(id));
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }
}
