package dev.codehabit.sync.account;

import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.RedisServer;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Password sign-in is limited per account and per client address, in memory or (scale-out) in Redis. */
class SignInRateLimitTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> signIn(TestServer server, String from, String username, String password) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/sessions")))
                .header("X-Forwarded-For", from).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":" + Json.quote(username) + ",\"password\":" + Json.quote(password) + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void oneAccountIsLimitedWhateverAddressTheGuessesComeFrom(Backend backend) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (RedisServer redis = RedisServer.start();
             TestServer server = TestServer.start(backend, backend == Backend.POSTGRESQL ? Optional.of(redis.uri()) : Optional.empty(), clock)) {
            Accounts.userToken(server, "victim");   // one sign-in spent
            Accounts.userToken(server, "bystander");
            for (int i = 2; i <= SignInLimits.DEFAULT.perAccount(); i++) {
                assertThat(signIn(server, "203.0.113." + i, "victim", "guess number " + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> limited = signIn(server, "198.51.100.7", "victim", Accounts.PASSWORD);
            assertThat(limited.statusCode()).as("even the right password waits").isEqualTo(429);
            long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, SignInLimits.DEFAULT.window().toSeconds());
            assertThat(Json.of(limited).get("retry_after").asLong()).isEqualTo(retryAfter);
            assertThat(Json.of(limited).get("error").asText()).contains("Too many sign-in attempts");
            assertThat(signIn(server, "198.51.100.7", "VICTIM", Accounts.PASSWORD).statusCode())
                    .as("the name's case does not buy a new budget").isEqualTo(429);

            assertThat(signIn(server, "198.51.100.7", "bystander", Accounts.PASSWORD).statusCode())
                    .as("other accounts are not affected").isEqualTo(201);

            clock.advance(Duration.ofSeconds(retryAfter));
            assertThat(signIn(server, "198.51.100.7", "victim", Accounts.PASSWORD).statusCode())
                    .as("after Retry-After the account signs in again").isEqualTo(201);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void oneAddressIsLimitedWhateverAccountsItTries(Backend backend) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (RedisServer redis = RedisServer.start();
             TestServer server = TestServer.start(backend, backend == Backend.POSTGRESQL ? Optional.of(redis.uri()) : Optional.empty(), clock)) {
            Accounts.userToken(server, "someone");
            for (int i = 1; i <= SignInLimits.DEFAULT.perAddress(); i++) {
                assertThat(signIn(server, "192.0.2.66", "user" + i, "wrong password").statusCode()).isEqualTo(401);
            }
            HttpResponse<String> limited = signIn(server, "192.0.2.66", "someone", Accounts.PASSWORD);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
            assertThat(signIn(server, "192.0.2.67", "someone", Accounts.PASSWORD).statusCode())
                    .as("another address still signs in").isEqualTo(201);
        }
    }
}
