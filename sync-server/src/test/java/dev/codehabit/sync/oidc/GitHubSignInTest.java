package dev.codehabit.sync.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.config.OidcProviderConfig;
import dev.codehabit.sync.config.ServerConfig;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub (plain OAuth, no ID token) path, configured as a GitHub Enterprise Server
 * ({@code github:URL}) that is in fact the real oidc-provider on GitHub's paths, with GitHub's user endpoint
 * answering for the tokens it issued. github.com itself is out of reach from the test machines.
 */
class GitHubSignInTest {
    private static final Map<Backend, Integer> PORTS = OidcProvider.serverPorts();
    private static OidcProvider provider;

    @BeforeAll
    static void startProvider() {
        provider = OidcProvider.startGitHub(PORTS.values().stream()
                .map(p -> "http://127.0.0.1:" + p + "/api/v1/auth/ghe/callback").toList());
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void signsUpWithTheGitHubLoginThenSignsInToTheSameAccount(Backend backend) throws IOException {
        var dir = Files.createTempDirectory("codehabit-github");
        int port = PORTS.get(backend);
        OidcProviderConfig ghe = OidcProviderConfig.parse("ghe=github:" + provider.issuer() + ","
                + OidcProvider.CLIENT_ID + "," + OidcProvider.CLIENT_SECRET);
        try (TestServer server = TestServer.start(new ServerConfig(port, dir, backend.freshDatabase(dir), Optional.empty(),
                "http://127.0.0.1:" + port, List.of(ghe)), Clock.systemUTC())) {
            HttpResponse<String> first = OidcProvider.signIn(server.url("/api/v1/auth/ghe/start"), "hubot");
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            JsonNode created = Json.of(first);
            assertThat(created.get("created").asBoolean()).isTrue();
            assertThat(created.get("account").get("username").asText()).isEqualTo("hubot");
            assertThat(created.get("account").get("display_name").asText()).isEqualTo("Hubot");
            String token = created.get("token").asText();
            JsonNode identity = Json.of(server.get("/api/v1/me/identities", token)).get("identities").get(0);
            assertThat(identity.get("issuer").asText()).as("the server's web address").isEqualTo(provider.issuer());
            assertThat(identity.get("subject").asText()).as("GitHub's numeric user id").matches("\\d+");

            JsonNode again = Json.of(OidcProvider.signIn(server.url("/api/v1/auth/ghe/start"), "hubot"));
            assertThat(again.get("created").asBoolean()).isFalse();
            assertThat(again.get("account").get("id").asLong()).isEqualTo(created.get("account").get("id").asLong());
        }
    }
}
