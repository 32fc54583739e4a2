package dev.codehabit.sync.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SessionsApiTest {
    @ParameterizedTest
    @EnumSource(Backend.class)
    void sessionsAreListedAndARevokedOneIsRefusedAtOnce(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String laptop = Accounts.userToken(server, "ada");
            String phone = Accounts.signIn(server, "ada");
            JsonNode list = Json.of(server.get("/api/v1/sessions", laptop)).get("sessions");
            assertThat(list).hasSize(2);
            assertThat(list.toString()).doesNotContain(laptop).doesNotContain(phone).doesNotContain("hash");
            long phoneId = 0;
            for (JsonNode s : list) {
                if (!s.get("current").asBoolean()) {
                    phoneId = s.get("id").asLong();
                }
            }
            assertThat(server.send("DELETE", "/api/v1/sessions/" + phoneId, laptop, null).statusCode()).isEqualTo(204);
            assertThat(server.get("/api/v1/me", phone).statusCode()).isEqualTo(401);
            assertThat(server.get("/api/v1/me", laptop).statusCode()).isEqualTo(200);

            assertThat(server.send("DELETE", "/api/v1/sessions/current", laptop, null).statusCode()).as("sign out").isEqualTo(204);
            assertThat(server.get("/api/v1/me", laptop).statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anotherAccountCanNeitherSeeNorRevokeMySessions(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String mine = Accounts.userToken(server, "ada");
            String theirs = Accounts.userToken(server, "mallory");
            long myId = Json.of(server.get("/api/v1/sessions", mine)).get("sessions").get(0).get("id").asLong();
            JsonNode theirList = Json.of(server.get("/api/v1/sessions", theirs)).get("sessions");
            assertThat(theirList).hasSize(1);
            assertThat(theirList.get(0).get("id").asLong()).isNotEqualTo(myId);
            assertThat(server.send("DELETE", "/api/v1/sessions/" + myId, theirs, null).statusCode()).isEqualTo(404);
            assertThat(server.get("/api/v1/me", mine).statusCode()).isEqualTo(200);
            assertThat(server.get("/api/v1/sessions", null).statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anExpiredSessionEnds(Backend backend) {
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
        try (TestServer server = TestServer.start(backend, Optional.empty(), clock)) {
            String token = Accounts.userToken(server, "ada");
            clock.advance(SessionStore.LIFETIME.minus(Duration.ofMinutes(1)));
            assertThat(server.get("/api/v1/me", token).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));
            assertThat(server.get("/api/v1/me", token).statusCode()).isEqualTo(401);
            String fresh = Accounts.signIn(server, "ada");
            assertThat(Json.of(server.get("/api/v1/sessions", fresh)).get("sessions")).as("the expired one is gone").hasSize(1);
        }
    }
}
