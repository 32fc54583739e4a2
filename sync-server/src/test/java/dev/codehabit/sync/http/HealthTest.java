package dev.codehabit.sync.http;

import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.RedisServer;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTest {
    @ParameterizedTest
    @EnumSource(Backend.class)
    void answersWithTheEnginesInUse(Backend backend) {
        try (RedisServer redis = RedisServer.start();
             TestServer server = TestServer.start(backend, Optional.of(redis.uri()), Clock.systemUTC())) {
            var response = server.get("/api/v1/health", null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"ok\"")
                    .contains("\"database\":\"" + backend.name().toLowerCase() + "\"")
                    .contains("\"redis\":true");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void unknownPathsAreJsonErrors(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            var response = server.get("/api/v1/nope", null);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).startsWith("{\"error\":").contains("GET /api/v1/nope");
        }
    }
}
