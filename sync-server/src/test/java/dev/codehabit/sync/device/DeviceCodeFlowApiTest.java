package dev.codehabit.sync.device;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 8628, end to end: the agent asks, the signed-in user approves, the agent polls for its device token. */
class DeviceCodeFlowApiTest {
    private static JsonNode start(TestServer server, String name) {
        HttpResponse<String> response = server.send("POST", "/api/v1/device-codes", null, "{\"name\":\"" + name + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.of(response);
    }

    private static HttpResponse<String> poll(TestServer server, String deviceCode) {
        return server.send("POST", "/api/v1/device-tokens", null, "{\"device_code\":\"" + deviceCode + "\"}");
    }

    private static String error(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return Json.of(response).get("error").asText();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anApprovedCodeGivesTheAgentItsDeviceTokenOnce(Backend backend) {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        try (TestServer server = TestServer.start(backend, Optional.empty(), clock)) {
            String user = Accounts.userToken(server, "ada");
            JsonNode code = start(server, "build box");
            assertThat(code.get("user_code").asText()).matches("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}");
            assertThat(code.get("verification_uri").asText()).endsWith("/device");
            assertThat(code.get("interval").asInt()).isEqualTo(5);
            assertThat(code.get("expires_in").asInt()).isEqualTo(900);
            String deviceCode = code.get("device_code").asText();

            clock.advance(Duration.ofSeconds(5));
            assertThat(error(poll(server, deviceCode))).isEqualTo("authorization_pending");
            HttpResponse<String> tooFast = poll(server, deviceCode);
            assertThat(error(tooFast)).isEqualTo("slow_down");
            assertThat(Json.of(tooFast).get("interval").asInt()).isEqualTo(10);

            String typed = code.get("user_code").asText().toLowerCase().replace("-", " ");
            JsonNode shown = Json.of(server.get("/api/v1/device-codes/" + typed.replace(" ", "-"), user));
            assertThat(shown.get("device_name").asText()).isEqualTo("build box");
            HttpResponse<String> approved = server.send("POST", "/api/v1/device-codes/approve", user,
                    "{\"user_code\":\"" + typed + "\"}");
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

            clock.advance(Duration.ofSeconds(10));
            HttpResponse<String> granted = poll(server, deviceCode);
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
            JsonNode token = Json.of(granted);
            assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
            String deviceToken = token.get("access_token").asText();
            JsonNode device = Json.of(server.get("/api/v1/devices/current", deviceToken));
            assertThat(device.get("name").asText()).isEqualTo("build box");
            assertThat(Json.of(server.get("/api/v1/devices", user)).get("devices")).hasSize(1);

            assertThat(error(poll(server, deviceCode))).as("a code gives one token").isEqualTo("invalid_grant");
            assertThat(Json.of(server.get("/api/v1/devices", user)).get("devices")).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deniedExpiredAndUnknownCodesGiveNoToken(Backend backend) {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        try (TestServer server = TestServer.start(backend, Optional.empty(), clock)) {
            String user = Accounts.userToken(server, "ada");
            JsonNode denied = start(server, "stranger");
            JsonNode expired = start(server, "too late");
            assertThat(server.send("POST", "/api/v1/device-codes/deny", user,
                    "{\"user_code\":\"" + denied.get("user_code").asText() + "\"}").statusCode()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(6));
            assertThat(error(poll(server, denied.get("device_code").asText()))).isEqualTo("access_denied");

            clock.advance(DeviceCodeRoutes.LIFETIME);
            HttpResponse<String> lateApproval = server.send("POST", "/api/v1/device-codes/approve", user,
                    "{\"user_code\":\"" + expired.get("user_code").asText() + "\"}");
            assertThat(lateApproval.statusCode()).isEqualTo(404);
            assertThat(error(poll(server, expired.get("device_code").asText()))).isEqualTo("expired_token");
            assertThat(error(poll(server, "chc_made-up"))).isEqualTo("invalid_grant");
            assertThat(error(server.send("POST", "/api/v1/device-tokens", null, "{}"))).isEqualTo("invalid_request");
            assertThat(Json.of(server.get("/api/v1/devices", user)).get("devices")).as("no device was made").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void approvingNeedsAUserTokenAndAnotherAccountCannotSeeOrTakeAnApprovedCode(Backend backend) {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        try (TestServer server = TestServer.start(backend, Optional.empty(), clock)) {
            String mine = Accounts.userToken(server, "ada");
            String theirs = Accounts.userToken(server, "mallory");
            JsonNode code = start(server, "laptop");
            String userCode = code.get("user_code").asText();
            String body = "{\"user_code\":\"" + userCode + "\"}";
            assertThat(server.send("POST", "/api/v1/device-codes/approve", null, body).statusCode()).isEqualTo(401);
            String device = Accounts.deviceToken(server, mine, "desk");
            assertThat(server.send("POST", "/api/v1/device-codes/approve", device, body).statusCode())
                    .as("a device token cannot approve another device").isEqualTo(401);
            assertThat(server.send("POST", "/api/v1/device-codes/approve", mine, body).statusCode()).isEqualTo(200);
            assertThat(server.send("POST", "/api/v1/device-codes/approve", theirs, body).statusCode())
                    .as("a decided code cannot be re-approved by someone else").isEqualTo(404);
            assertThat(server.send("POST", "/api/v1/device-codes/deny", theirs, body).statusCode()).isEqualTo(404);
            assertThat(server.get("/api/v1/device-codes/" + userCode, theirs).statusCode())
                    .as("a code approved by someone else is not shown").isEqualTo(404);
            assertThat(Json.of(server.get("/api/v1/device-codes/" + userCode, mine)).get("approved").asBoolean()).isTrue();
            clock.advance(Duration.ofSeconds(5));
            String token = Json.of(poll(server, code.get("device_code").asText())).get("access_token").asText();
            assertThat(server.get("/api/v1/devices/current", token).statusCode()).isEqualTo(200);
            assertThat(Json.of(server.get("/api/v1/devices", theirs)).get("devices")).isEmpty();
            assertThat(Json.of(server.get("/api/v1/devices", mine)).get("devices")).hasSize(2);
        }
    }
}
