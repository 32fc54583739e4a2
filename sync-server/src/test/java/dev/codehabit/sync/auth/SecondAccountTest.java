package dev.codehabit.sync.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every identity route, called with a second account's token, reaches only that account: nothing of the first
 * account is shown, changed or deleted (its whole export is the same afterwards).
 */
class SecondAccountTest {
    private static JsonNode exportOf(TestServer server, String token) {
        ObjectNode export = (ObjectNode) Json.of(server.get("/api/v1/me/export", token));
        export.remove("exported_at");
        return export;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anotherAccountsTokenReachesNothingOfMine(Backend backend) {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        try (TestServer server = TestServer.start(backend, Optional.empty(), clock)) {
            String ada = Accounts.userToken(server, "ada");
            String adaDevice = Accounts.deviceToken(server, ada, "desk");
            server.send("PUT", "/api/v1/me/privacy", ada, "{\"leaderboards\":true}");
            JsonNode code = Json.of(server.send("POST", "/api/v1/device-codes", null, "{\"name\":\"laptop\"}"));
            String userCode = code.get("user_code").asText();
            assertThat(server.send("POST", "/api/v1/device-codes/approve", ada, "{\"user_code\":\"" + userCode + "\"}")
                    .statusCode()).isEqualTo(200);
            long adaId = Json.of(server.get("/api/v1/me", ada)).get("id").asLong();
            long adaSession = Json.of(server.get("/api/v1/sessions", ada)).get("sessions").get(0).get("id").asLong();
            long adaDeviceId = Json.of(server.get("/api/v1/devices/current", adaDevice)).get("id").asLong();
            JsonNode before = exportOf(server, ada);

            String mallory = Accounts.userToken(server, "mallory");
            String malloryDevice = Accounts.deviceToken(server, mallory, "evil box");
            assertThat(Json.of(server.get("/api/v1/me", mallory)).get("id").asLong()).isNotEqualTo(adaId);
            assertThat(server.get("/api/v1/sessions", mallory).body()).doesNotContain(String.valueOf(adaSession));
            assertThat(server.send("DELETE", "/api/v1/sessions/" + adaSession, mallory, null).statusCode()).isEqualTo(404);
            assertThat(server.get("/api/v1/devices", mallory).body()).doesNotContain("desk");
            assertThat(server.send("DELETE", "/api/v1/devices/" + adaDeviceId + "?keep_days=false", mallory, null).statusCode())
                    .isEqualTo(404);
            assertThat(Json.of(server.get("/api/v1/devices/current", malloryDevice)).get("name").asText()).isEqualTo("evil box");
            assertThat(Json.of(server.get("/api/v1/me/privacy", mallory)).get("leaderboards").asBoolean()).isFalse();
            server.send("PUT", "/api/v1/me/privacy", mallory, "{\"anonymous\":true,\"leaderboards\":false}");
            assertThat(server.get("/api/v1/me/export", mallory).body()).doesNotContain("\"ada\"").doesNotContain("desk");
            assertThat(Json.of(server.get("/api/v1/me/identities", mallory)).get("identities")).isEmpty();
            assertThat(server.send("DELETE", "/api/v1/me/identities/op", mallory, null).statusCode()).isEqualTo(404);
            assertThat(server.get("/api/v1/device-codes/" + userCode, mallory).statusCode()).isEqualTo(404);
            assertThat(server.send("POST", "/api/v1/device-codes/deny", mallory, "{\"user_code\":\"" + userCode + "\"}")
                    .statusCode()).isEqualTo(404);
            assertThat(server.send("DELETE", "/api/v1/me", mallory, "{\"password\":\"" + Accounts.PASSWORD + "\"}")
                    .statusCode()).as("mallory deletes mallory").isEqualTo(204);

            assertThat(exportOf(server, ada)).as("nothing of ada's changed").isEqualTo(before);
            assertThat(server.get("/api/v1/devices/current", adaDevice).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(5));
            JsonNode granted = Json.of(server.send("POST", "/api/v1/device-tokens", null,
                    "{\"device_code\":\"" + code.get("device_code").asText() + "\"}"));
            assertThat(Json.of(server.get("/api/v1/devices/current", granted.get("access_token").asText())).get("name").asText())
                    .as("ada's approved code still gives ada's device").isEqualTo("laptop");
            assertThat(Json.of(server.get("/api/v1/devices", ada)).get("devices")).hasSize(2);
        }
    }
}
