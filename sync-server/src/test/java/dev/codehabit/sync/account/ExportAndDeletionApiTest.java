package dev.codehabit.sync.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ExportAndDeletionApiTest {
    @ParameterizedTest
    @EnumSource(Backend.class)
    void theExportHoldsEveryIdentityRowAndNoSecret(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String token = Accounts.userToken(server, "ada");
            String device = Accounts.deviceToken(server, token, "desk");
            server.send("PUT", "/api/v1/me/privacy", token, "{\"leaderboards\":true}");
            Accounts.userToken(server, "mallory");

            HttpResponse<String> response = server.get("/api/v1/me/export", token);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
            JsonNode export = Json.of(response);
            assertThat(export.get("account").get("username").asText()).isEqualTo("ada");
            assertThat(export.get("sessions")).hasSize(1);
            assertThat(export.get("devices")).hasSize(1);
            assertThat(export.get("devices").get(0).get("name").asText()).isEqualTo("desk");
            assertThat(export.get("privacy").get("leaderboards").asBoolean()).isTrue();
            assertThat(response.body()).doesNotContain(token).doesNotContain(device).doesNotContain("argon2")
                    .doesNotContain("mallory");
            assertThat(server.get("/api/v1/me/export", device).statusCode()).isEqualTo(401);
            assertThat(server.get("/api/v1/me/export", null).statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deletingNeedsThePasswordThenEveryTokenAndTheNameAreGone(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String token = Accounts.userToken(server, "ada");
            String otherSession = Accounts.signIn(server, "ada");
            String device = Accounts.deviceToken(server, token, "desk");
            String bystander = Accounts.userToken(server, "grace");

            HttpResponse<String> noPassword = server.send("DELETE", "/api/v1/me", token, null);
            assertThat(noPassword.statusCode()).isEqualTo(400);
            assertThat(Json.of(noPassword).get("field").asText()).isEqualTo("password");
            HttpResponse<String> wrong = server.send("DELETE", "/api/v1/me", token, "{\"password\":\"not my password\"}");
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(server.get("/api/v1/me", token).statusCode()).as("nothing deleted yet").isEqualTo(200);
            assertThat(server.get("/api/v1/devices/current", device).statusCode()).isEqualTo(200);
            assertThat(server.send("DELETE", "/api/v1/me", device, "{\"password\":\"" + Accounts.PASSWORD + "\"}").statusCode())
                    .as("a device cannot delete its account").isEqualTo(401);

            assertThat(server.send("DELETE", "/api/v1/me", token, "{\"password\":\"" + Accounts.PASSWORD + "\"}").statusCode())
                    .isEqualTo(204);
            assertThat(server.get("/api/v1/me", token).statusCode()).isEqualTo(401);
            assertThat(server.get("/api/v1/me", otherSession).statusCode()).isEqualTo(401);
            assertThat(server.get("/api/v1/devices/current", device).statusCode()).isEqualTo(401);
            assertThat(server.send("POST", "/api/v1/sessions", null,
                    "{\"username\":\"ada\",\"password\":\"" + Accounts.PASSWORD + "\"}").statusCode()).isEqualTo(401);
            assertThat(server.get("/api/v1/me", bystander).statusCode()).as("other accounts stay").isEqualTo(200);
            Accounts.userToken(server, "ada"); // the name is free again, and the new account starts empty
        }
    }
}
