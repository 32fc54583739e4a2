package dev.codehabit.sync.device;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class DevicesApiTest {
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aNewDeviceGetsATokenThatIsRefusedOnceTheDeviceIsDeleted(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String user = Accounts.userToken(server, "ada");
            HttpResponse<String> created = server.send("POST", "/api/v1/devices", user, "{\"name\":\"  work laptop \"}");
            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode device = Json.of(created);
            String token = device.get("token").asText();
            assertThat(token).startsWith("chd_");
            assertThat(device.get("name").asText()).isEqualTo("work laptop");

            HttpResponse<String> whoAmI = server.get("/api/v1/devices/current", token);
            assertThat(whoAmI.statusCode()).isEqualTo(200);
            assertThat(Json.of(whoAmI).get("id").asLong()).isEqualTo(device.get("id").asLong());
            JsonNode list = Json.of(server.get("/api/v1/devices", user)).get("devices");
            assertThat(list).hasSize(1);
            assertThat(list.toString()).doesNotContain(token);

            assertThat(server.get("/api/v1/devices", token).statusCode()).as("a device token cannot manage the account").isEqualTo(401);
            assertThat(server.get("/api/v1/devices/current", user).statusCode()).as("a user token is not a device").isEqualTo(401);

            assertThat(server.send("DELETE", "/api/v1/devices/" + device.get("id").asLong() + "?keep_days=true", user, null)
                    .statusCode()).isEqualTo(204);
            assertThat(server.get("/api/v1/devices/current", token).statusCode()).isEqualTo(401);
            assertThat(Json.of(server.get("/api/v1/devices", user)).get("devices")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badNamesAndAMissingKeepDaysAreRefusedAndChangeNothing(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String user = Accounts.userToken(server, "ada");
            String token = Accounts.deviceToken(server, user, "desk");
            long id = Json.of(server.get("/api/v1/devices/current", token)).get("id").asLong();
            String[][] cases = {{"{}", "name is required"}, {"{\"name\":\"  \"}", "name is required"},
                    {"{\"name\":\"" + "n".repeat(65) + "\"}", "at most 64"}, {"{\"name\":\"a\\u0007b\"}", "control characters"}};
            for (String[] c : cases) {
                HttpResponse<String> refused = server.send("POST", "/api/v1/devices", user, c[0]);
                assertThat(refused.statusCode()).as(c[0]).isEqualTo(400);
                assertThat(Json.of(refused).get("field").asText()).isEqualTo("name");
                assertThat(Json.of(refused).get("error").asText()).contains(c[1]);
            }
            HttpResponse<String> noChoice = server.send("DELETE", "/api/v1/devices/" + id, user, null);
            assertThat(noChoice.statusCode()).isEqualTo(400);
            assertThat(Json.of(noChoice).get("field").asText()).isEqualTo("keep_days");
            assertThat(Json.of(server.get("/api/v1/devices", user)).get("devices")).as("nothing else changed").hasSize(1);
            assertThat(server.get("/api/v1/devices/current", token).statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anotherAccountCanNeitherSeeNorDeleteMyDevices(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String mine = Accounts.userToken(server, "ada");
            String theirs = Accounts.userToken(server, "mallory");
            String device = Accounts.deviceToken(server, mine, "desk");
            long id = Json.of(server.get("/api/v1/devices/current", device)).get("id").asLong();
            assertThat(Json.of(server.get("/api/v1/devices", theirs)).get("devices")).isEmpty();
            assertThat(server.send("DELETE", "/api/v1/devices/" + id + "?keep_days=false", theirs, null).statusCode()).isEqualTo(404);
            assertThat(server.get("/api/v1/devices/current", device).statusCode()).isEqualTo(200);
            assertThat(server.send("POST", "/api/v1/devices", null, "{\"name\":\"x\"}").statusCode()).isEqualTo(401);
        }
    }
}
