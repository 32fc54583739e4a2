package dev.codehabit.sync.support;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs users up and in through the real API, for tests that need a user or a device token. */
public final class Accounts {
    public static final String PASSWORD = "correct horse battery";

    private Accounts() {}

    /** Creates {@code username} (password {@link #PASSWORD}) and returns a session token. */
    public static String userToken(TestServer server, String username) {
        HttpResponse<String> created = server.send("POST", "/api/v1/accounts", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"display_name\":\"" + username + " D\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return signIn(server, username);
    }

    public static String signIn(TestServer server, String username) {
        HttpResponse<String> session = server.send("POST", "/api/v1/sessions", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        return Json.of(session).get("token").asText();
    }

    /** A new device of the signed-in user; returns its device token. */
    public static String deviceToken(TestServer server, String userToken, String deviceName) {
        HttpResponse<String> device = server.send("POST", "/api/v1/devices", userToken, "{\"name\":\"" + deviceName + "\"}");
        assertThat(device.statusCode()).as(device.body()).isEqualTo(201);
        return Json.of(device).get("token").asText();
    }
}
