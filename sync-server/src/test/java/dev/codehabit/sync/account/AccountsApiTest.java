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

class AccountsApiTest {
    private static HttpResponse<String> signUp(TestServer server, String username, String password) {
        return server.send("POST", "/api/v1/accounts", null, "{\"username\":" + Json.quote(username)
                + ",\"password\":" + Json.quote(password) + ",\"display_name\":\"Ada L.\"}");
    }

    private static HttpResponse<String> signIn(TestServer server, String username, String password) {
        return server.send("POST", "/api/v1/sessions", null,
                "{\"username\":" + Json.quote(username) + ",\"password\":" + Json.quote(password) + "}");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void signUpThenSignInGivesATokenForMe(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            HttpResponse<String> created = signUp(server, "Ada_Lovelace", Accounts.PASSWORD);
            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode account = Json.of(created);
            assertThat(account.get("username").asText()).isEqualTo("ada_lovelace");
            assertThat(account.get("display_name").asText()).isEqualTo("Ada L.");
            assertThat(account.get("has_password").asBoolean()).isTrue();
            assertThat(created.body()).doesNotContain(Accounts.PASSWORD).doesNotContain("argon2");

            HttpResponse<String> session = signIn(server, "ADA_lovelace", Accounts.PASSWORD);
            assertThat(session.statusCode()).isEqualTo(201);
            String token = Json.of(session).get("token").asText();
            assertThat(token).startsWith("chs_").hasSizeGreaterThanOrEqualTo(4 + 43);

            HttpResponse<String> me = server.get("/api/v1/me", token);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(Json.of(me).get("id").asLong()).isEqualTo(account.get("id").asLong());
            assertThat(server.get("/api/v1/me", null).statusCode()).isEqualTo(401);
            assertThat(server.get("/api/v1/me", "chs_forged").statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTakenNameIsRefusedWhateverItsCaseAndTheFirstAccountKeepsItsPassword(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            assertThat(signUp(server, "grace", Accounts.PASSWORD).statusCode()).isEqualTo(201);
            HttpResponse<String> taken = signUp(server, "GRACE", "another long password");
            assertThat(taken.statusCode()).isEqualTo(409);
            assertThat(Json.of(taken).get("field").asText()).isEqualTo("username");
            assertThat(signIn(server, "grace", "another long password").statusCode()).isEqualTo(401);
            assertThat(signIn(server, "grace", Accounts.PASSWORD).statusCode()).isEqualTo(201);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eachBadValueIsRefusedWithItsReasonAndCreatesNothing(Backend backend) {
        record Case(String username, String password, String field, String reason) {}
        var cases = new Case[]{
                new Case("ab", Accounts.PASSWORD, "username", "3-32 characters"),
                new Case("a".repeat(33), Accounts.PASSWORD, "username", "3-32 characters"),
                new Case("bad name", Accounts.PASSWORD, "username", "3-32 characters"),
                new Case("émile", Accounts.PASSWORD, "username", "3-32 characters"),
                new Case("", Accounts.PASSWORD, "username", "username is required"),
                new Case("linus", "short", "password", "at least 10"),
                new Case("linus", "Password123", "password", "too easy"),
                new Case("linus", "qwertyuiop", "password", "too easy"),
                new Case("linus", "linus-is-me-ok", "password", "too easy"),
                new Case("linus", "x".repeat(1025), "password", "at most 1024"),
        };
        try (TestServer server = TestServer.start(backend)) {
            for (Case c : cases) {
                HttpResponse<String> refused = signUp(server, c.username(), c.password());
                assertThat(refused.statusCode()).as(c.toString()).isEqualTo(400);
                assertThat(Json.of(refused).get("field").asText()).as(c.toString()).isEqualTo(c.field());
                assertThat(Json.of(refused).get("error").asText()).as(c.toString()).contains(c.reason());
                // nothing was stored: the name is still free, and no password signs it in
                assertThat(signIn(server, c.username(), c.password()).statusCode()).as(c.toString()).isEqualTo(401);
            }
            HttpResponse<String> longDisplay = server.send("POST", "/api/v1/accounts", null,
                    "{\"username\":\"linus\",\"password\":\"" + Accounts.PASSWORD + "\",\"display_name\":\"" + "d".repeat(65) + "\"}");
            assertThat(longDisplay.statusCode()).isEqualTo(400);
            assertThat(Json.of(longDisplay).get("field").asText()).isEqualTo("display_name");
            assertThat(server.send("POST", "/api/v1/accounts", null, "{\"username\": 12").statusCode()).isEqualTo(400);
            assertThat(server.send("POST", "/api/v1/accounts", null, "").statusCode()).isEqualTo(400);
            assertThat(signUp(server, "linus", Accounts.PASSWORD).statusCode()).as("the name is still free").isEqualTo(201);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            Accounts.userToken(server, "margaret");
            HttpResponse<String> wrongPassword = signIn(server, "margaret", "not the password at all");
            HttpResponse<String> unknownUser = signIn(server, "nobody-here", "not the password at all");
            HttpResponse<String> noPassword = server.send("POST", "/api/v1/sessions", null, "{\"username\":\"margaret\"}");
            assertThat(wrongPassword.statusCode()).isEqualTo(401);
            assertThat(unknownUser.statusCode()).isEqualTo(401);
            assertThat(noPassword.statusCode()).isEqualTo(401);
            assertThat(wrongPassword.body()).isEqualTo(unknownUser.body()).isEqualTo(noPassword.body());
        }
    }
}
