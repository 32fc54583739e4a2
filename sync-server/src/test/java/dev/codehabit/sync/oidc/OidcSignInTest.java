package dev.codehabit.sync.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.config.OidcProviderConfig;
import dev.codehabit.sync.config.ServerConfig;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.OidcProvider;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, sign-in and linking against a real OpenID Connect provider (npm oidc-provider), driven over HTTP. */
class OidcSignInTest {
    private static final Map<Backend, Integer> PORTS = OidcProvider.serverPorts();
    private static OidcProvider provider;

    @BeforeAll
    static void startProvider() {
        provider = OidcProvider.start(PORTS.values().stream().map(p -> base(p) + "/api/v1/auth/op/callback").toList());
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    private static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static TestServer server(Backend backend, Clock clock) throws IOException {
        var dir = Files.createTempDirectory("codehabit-oidc");
        int port = PORTS.get(backend);
        return TestServer.start(new ServerConfig(port, dir, backend.freshDatabase(dir), java.util.Optional.empty(), base(port),
                List.of(new OidcProviderConfig("op", provider.issuer(), OidcProvider.CLIENT_ID, OidcProvider.CLIENT_SECRET))), clock);
    }

    private static JsonNode signIn(TestServer server, String login) {
        HttpResponse<String> callback = OidcProvider.signIn(server.url("/api/v1/auth/op/start"), login);
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(200);
        assertThat(callback.uri().getPath()).isEqualTo("/api/v1/auth/op/callback");
        return Json.of(callback);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theFirstSignInMakesAnAccountAndTheNextOnesReachIt(Backend backend) throws IOException {
        try (TestServer server = server(backend, Clock.systemUTC())) {
            JsonNode providers = Json.of(server.get("/api/v1/auth/providers", null));
            assertThat(providers.get("providers").get(0).get("name").asText()).isEqualTo("op");

            JsonNode first = signIn(server, "octocat");
            assertThat(first.get("created").asBoolean()).isTrue();
            assertThat(first.get("account").get("username").asText()).isEqualTo("octocat");
            assertThat(first.get("account").get("display_name").asText()).isEqualTo("Octocat");
            assertThat(first.get("account").get("has_password").asBoolean()).isFalse();
            String token = first.get("token").asText();
            assertThat(Json.of(server.get("/api/v1/me", token)).get("username").asText()).isEqualTo("octocat");
            JsonNode sessions = Json.of(server.get("/api/v1/sessions", token)).get("sessions");
            assertThat(sessions.get(0).get("method").asText()).isEqualTo("oidc");

            JsonNode again = signIn(server, "octocat");
            assertThat(again.get("created").asBoolean()).isFalse();
            assertThat(again.get("account").get("id").asLong()).isEqualTo(first.get("account").get("id").asLong());

            JsonNode identities = Json.of(server.get("/api/v1/me/identities", token)).get("identities");
            assertThat(identities).hasSize(1);
            assertThat(identities.get(0).get("issuer").asText()).isEqualTo(provider.issuer());
            assertThat(identities.get(0).get("subject").asText()).isEqualTo("octocat");
            assertThat(identities.get(0).get("email").asText()).isEqualTo("octocat@example.test");

            assertThat(server.send("POST", "/api/v1/sessions", null,
                    "{\"username\":\"octocat\",\"password\":\"\"}").statusCode()).as("no password sign-in").isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aTakenUserNameGivesTheNewcomerAnotherNameNotTheExistingAccount(Backend backend) throws IOException {
        try (TestServer server = server(backend, Clock.systemUTC())) {
            String grace = Accounts.userToken(server, "grace");
            JsonNode newcomer = signIn(server, "grace");
            assertThat(newcomer.get("created").asBoolean()).isTrue();
            assertThat(newcomer.get("account").get("username").asText()).isEqualTo("grace-2");
            assertThat(Json.of(server.get("/api/v1/me/identities", grace)).get("identities")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSignedInUserLinksAProviderAndThenSignsInWithIt(Backend backend) throws IOException {
        try (TestServer server = server(backend, Clock.systemUTC())) {
            String ada = Accounts.userToken(server, "ada");
            String mallory = Accounts.userToken(server, "mallory");
            HttpResponse<String> start = server.send("POST", "/api/v1/me/identities/op", ada, null);
            assertThat(start.statusCode()).isEqualTo(200);
            String authorizationUrl = Json.of(start).get("authorization_url").asText();
            assertThat(authorizationUrl).startsWith(provider.issuer()).contains("code_challenge_method=S256");

            HttpResponse<String> linked = OidcProvider.signIn(authorizationUrl, "ada-at-op");
            assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
            assertThat(Json.of(linked).get("linked").asBoolean()).isTrue();
            assertThat(Json.of(linked).has("token")).as("linking opens no session").isFalse();

            JsonNode viaProvider = signIn(server, "ada-at-op");
            assertThat(viaProvider.get("created").asBoolean()).isFalse();
            assertThat(viaProvider.get("account").get("username").asText()).isEqualTo("ada");

            // the same provider identity cannot be linked to a second account
            String malloryUrl = Json.of(server.send("POST", "/api/v1/me/identities/op", mallory, null)).get("authorization_url").asText();
            HttpResponse<String> stolen = OidcProvider.signIn(malloryUrl, "ada-at-op");
            assertThat(stolen.statusCode()).isEqualTo(409);
            assertThat(Json.of(server.get("/api/v1/me/identities", mallory)).get("identities")).isEmpty();
            assertThat(signIn(server, "ada-at-op").get("account").get("username").asText()).isEqualTo("ada");

            // another account's token neither sees nor removes the link; the owner can (it has a password)
            assertThat(server.send("DELETE", "/api/v1/me/identities/op", mallory, null).statusCode()).isEqualTo(404);
            assertThat(server.send("POST", "/api/v1/me/identities/op", null, null).statusCode()).isEqualTo(401);
            assertThat(Json.of(server.get("/api/v1/me/identities", ada)).get("identities")).hasSize(1);
            assertThat(server.send("DELETE", "/api/v1/me/identities/op", ada, null).statusCode()).isEqualTo(204);
            assertThat(signIn(server, "ada-at-op").get("created").asBoolean()).as("now a stranger again").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void replayedCancelledAndUnknownSignInsAreRefused(Backend backend) throws IOException {
        try (TestServer server = server(backend, Clock.systemUTC())) {
            HttpResponse<String> done = OidcProvider.signIn(server.url("/api/v1/auth/op/start"), "octocat");
            assertThat(done.statusCode()).isEqualTo(200);
            HttpResponse<String> replay = server.get(done.uri().getPath() + "?" + done.uri().getRawQuery(), null);
            assertThat(replay.statusCode()).isEqualTo(400);
            assertThat(Json.of(replay).get("error").asText()).contains("expired or was already used");
            assertThat(server.get("/api/v1/auth/op/callback?error=access_denied&state=x", null).statusCode()).isEqualTo(400);
            assertThat(server.get("/api/v1/auth/op/callback?code=forged&state=forged", null).statusCode()).isEqualTo(400);
            assertThat(server.get("/api/v1/auth/nope/start", null).statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anAccountWithoutPasswordIsDeletedAfterAFreshSignInAndKeepsItsOnlyLink(Backend backend) throws IOException {
        MutableClock clock = new MutableClock(java.time.Instant.now());
        try (TestServer server = server(backend, clock)) {
            String token = signIn(server, "octocat").get("token").asText();
            assertThat(server.send("DELETE", "/api/v1/me/identities/op", token, null).statusCode())
                    .as("the only way to sign in stays").isEqualTo(409);
            clock.advance(Duration.ofMinutes(11));
            HttpResponse<String> stale = server.send("DELETE", "/api/v1/me", token, null);
            assertThat(stale.statusCode()).isEqualTo(403);
            assertThat(Json.of(stale).get("reauthenticate").asBoolean()).isTrue();
            assertThat(server.get("/api/v1/me", token).statusCode()).isEqualTo(200);

            String fresh = signIn(server, "octocat").get("token").asText();
            assertThat(server.send("DELETE", "/api/v1/me", fresh, null).statusCode()).isEqualTo(204);
            assertThat(server.get("/api/v1/me", token).statusCode()).isEqualTo(401);
            assertThat(signIn(server, "octocat").get("created").asBoolean()).as("the link went with the account").isTrue();
        }
    }
}
