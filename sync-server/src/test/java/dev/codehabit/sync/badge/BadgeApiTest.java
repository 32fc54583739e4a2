package dev.codehabit.sync.badge;

import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Days;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Badges: public profiles only, SVG and shields JSON, cacheable with an ETag, every string escaped. */
class BadgeApiTest {
    @ParameterizedTest
    @EnumSource(Backend.class)
    void publicProfilesGetCacheableBadges(Backend backend) throws Exception {
        try (TestServer server = TestServer.start(backend, Optional.empty(), new MutableClock(Instant.parse("2026-06-15T12:00:00Z")))) {
            String token = Accounts.userToken(server, "rustacean");
            Days.upload(server, Accounts.deviceToken(server, token, "pc"), "2026-06-15",
                    Days.json("UTC", 1, 12 * 3600 + 1800, Map.of("Rust", 3600, "<script>", 60)));
            assertThat(server.get("/badge/rustacean/coding.svg", null).statusCode()).isEqualTo(404);
            assertThat(server.get("/badge/nobody/coding.svg", null).statusCode()).isEqualTo(404);

            Days.privacy(server, token, "{\"public_profile\":true,\"leaderboards\":true,\"show_languages\":true}");
            HttpResponse<String> svg = server.get("/badge/rustacean/coding.svg?period=week", null);
            assertThat(svg.statusCode()).isEqualTo(200);
            assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
            assertThat(svg.body()).contains("coding this week").contains("12 h 30 m");
            assertThat(svg.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300");
            String etag = svg.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/badge/rustacean/coding.svg?period=week")))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(304);

            var json = Json.of(server.get("/badge/rustacean/rank.json?language=Rust", null));
            assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(json.get("label").asText()).isEqualTo("rank this week in Rust");
            assertThat(json.get("message").asText()).isEqualTo("#1");
            assertThat(json.get("color").asText()).doesNotStartWith("#");

            HttpResponse<String> escaped = server.get("/badge/rustacean/rank.svg?language=%3Cscript%3E", null);
            assertThat(escaped.body()).doesNotContain("<script>").contains("&lt;script&gt;");
            assertThat(server.get("/badge/rustacean/lines.svg", null).statusCode()).isEqualTo(404);
        }
    }
}
