package dev.codehabit.sync.account;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.SessionStore;
import dev.codehabit.sync.auth.Tokens;
import dev.codehabit.sync.device.DeviceDeletionListener;
import dev.codehabit.sync.device.DeviceRoutes;
import dev.codehabit.sync.device.DeviceStore;
import dev.codehabit.sync.http.ApiErrors;
import dev.codehabit.sync.privacy.PrivacyListener;
import dev.codehabit.sync.privacy.PrivacyRoutes;
import dev.codehabit.sync.privacy.PrivacyService;
import dev.codehabit.sync.privacy.PrivacySettings;
import dev.codehabit.sync.privacy.PrivacyStore;
import dev.codehabit.sync.ratelimit.InProcessRateLimiter;
import dev.codehabit.sync.store.Database;
import dev.codehabit.sync.store.RandomIds;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seams other features hang on: privacy, device-deletion and account-deletion listeners, and export
 * sections. The identity routes are wired here with recording listeners (the data side registers its real
 * ones in ServerApp), over real HTTP on both databases.
 */
class IdentityListenersTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> heard = new ArrayList<>();

    private HttpResponse<String> send(int port, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eachListenerHearsTheCommittedChangeAndExportSectionsAreIncluded(Backend backend) throws Exception {
        Path dir = Files.createTempDirectory("codehabit-listeners");
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(backend.freshDatabase(dir).orElse("jdbc:sqlite:" + dir.resolve("t.db")), 4)) {
            RandomIds ids = new RandomIds();
            Tokens tokens = new Tokens();
            AccountStore accounts = new AccountStore(database);
            SessionStore sessions = new SessionStore(database, tokens, ids, clock);
            DeviceStore devices = new DeviceStore(database, tokens, ids, clock);
            Authenticator authenticator = new Authenticator(sessions, devices);
            PrivacyService[] privacy = new PrivacyService[1];
            PrivacyListener privacyListener = (id, now) ->
                    heard.add("privacy " + now.leaderboards() + " stored " + privacy[0].get(id).leaderboards());
            privacy[0] = new PrivacyService(new PrivacyStore(database), List.of(privacyListener), clock);
            AccountService service = new AccountService(accounts, new Credentials(),
                    new PasswordHasher(PasswordHasher.Cost.DEFAULT), ids, clock);
            DeviceDeletionListener deviceListener = (account, device, deleteDays) ->
                    heard.add("device deleteDays=" + deleteDays + " stillThere=" + devices.find(account, device).isPresent());
            AccountDeletionListener accountListener = id -> heard.add("account gone=" + accounts.get(id).isEmpty());
            List<ExportSection> sections = List.of(ExportSection.of("days", id -> List.of(Map.of("date", "2026-01-02", "owner", id))));
            SignInGuard guard = new SignInGuard(new InProcessRateLimiter(clock), SignInLimits.DEFAULT);
            ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            Javalin http = Javalin.create(c -> {
                c.jsonMapper(new JavalinJackson(json, false));
                ApiErrors.register(c);
                new AccountRoutes(service, accounts, sessions, authenticator, guard).register(c);
                new MeRoutes(authenticator, accounts, service, guard, sessions, sections, List.of(accountListener), clock).register(c);
                new DeviceRoutes(authenticator, devices, List.of(deviceListener)).register(c);
                new PrivacyRoutes(authenticator, privacy[0]).register(c);
            }).start(0);
            try {
                int port = http.port();
                String password = "correct horse battery";
                assertThat(send(port, "POST", "/api/v1/accounts", null,
                        "{\"username\":\"ada\",\"password\":\"" + password + "\"}").statusCode()).isEqualTo(201);
                long id = accounts.byUsername("ada").orElseThrow().id();
                String token = Json.of(send(port, "POST", "/api/v1/sessions", null,
                        "{\"username\":\"ada\",\"password\":\"" + password + "\"}")).get("token").asText();

                send(port, "PUT", "/api/v1/me/privacy", token, "{\"leaderboards\":true}");
                assertThat(send(port, "PUT", "/api/v1/me/privacy", token, "{\"leaderboards\":1}").statusCode()).isEqualTo(400);
                assertThat(heard).containsExactly("privacy true stored true");

                long first = Json.of(send(port, "POST", "/api/v1/devices", token, "{\"name\":\"a\"}")).get("id").asLong();
                long second = Json.of(send(port, "POST", "/api/v1/devices", token, "{\"name\":\"b\"}")).get("id").asLong();
                send(port, "DELETE", "/api/v1/devices/" + first + "?keep_days=true", token, null);
                send(port, "DELETE", "/api/v1/devices/" + second + "?keep_days=false", token, null);
                assertThat(heard).endsWith("device deleteDays=false stillThere=false", "device deleteDays=true stillThere=false");

                JsonNode export = Json.of(send(port, "GET", "/api/v1/me/export", token, null));
                assertThat(export.get("days").get(0).get("owner").asLong()).isEqualTo(id);

                assertThat(send(port, "DELETE", "/api/v1/me", token, "{\"password\":\"wrong password!\"}").statusCode()).isEqualTo(403);
                assertThat(heard).as("a refused deletion tells nobody").hasSize(3);
                assertThat(send(port, "DELETE", "/api/v1/me", token, "{\"password\":\"" + password + "\"}").statusCode()).isEqualTo(204);
                assertThat(heard).last().isEqualTo("account gone=true");
                assertThat(privacy[0].get(id)).as("the privacy row went with the account").isEqualTo(PrivacySettings.DEFAULT);
            } finally {
                http.stop();
            }
        }
    }
}
