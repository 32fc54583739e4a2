package dev.codehabit.sync.team;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Backend;
import dev.codehabit.sync.support.Days;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Teams over real HTTP: invite codes, roles, the last owner, team boards and the team ranking. */
class TeamApiTest {
    @ParameterizedTest
    @EnumSource(Backend.class)
    void inviteCodesRolesAndTheLastOwner(Backend backend) {
        try (TestServer server = TestServer.start(backend)) {
            String owner = Accounts.userToken(server, "olga");
            String member = Accounts.userToken(server, "mike");
            String stranger = Accounts.userToken(server, "sam");
            HttpResponse<String> created = server.send("POST", "/api/v1/teams", owner, "{\"name\":\"Rust Crew!\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String slug = Json.of(created).get("slug").asText();
            String code = Json.of(created).get("invite_code").asText();
            assertThat(slug).isEqualTo("rust-crew");

            assertThat(join(server, member, slug, "wrong").statusCode()).isEqualTo(403);
            assertThat(join(server, member, slug, code).statusCode()).isEqualTo(201);
            JsonNode asMember = Json.of(server.get("/api/v1/teams/" + slug, member));
            assertThat(asMember.get("role").asText()).isEqualTo("member");
            assertThat(asMember.has("invite_code")).isFalse();
            assertThat(server.get("/api/v1/teams/" + slug, stranger).statusCode()).isEqualTo(403);
            assertThat(server.send("POST", "/api/v1/teams/" + slug + "/invite-code", member, null).statusCode()).isEqualTo(403);
            assertThat(server.send("DELETE", "/api/v1/teams/" + slug + "/members/olga", member, null).statusCode()).isEqualTo(403);

            HttpResponse<String> rotated = server.send("POST", "/api/v1/teams/" + slug + "/invite-code", owner, null);
            String newCode = Json.of(rotated).get("invite_code").asText();
            assertThat(newCode).isNotEqualTo(code);
            assertThat(join(server, stranger, slug, code).statusCode()).isEqualTo(403);

            HttpResponse<String> lastOwner = server.send("DELETE", "/api/v1/teams/" + slug + "/members/me", owner, null);
            assertThat(lastOwner.statusCode()).isEqualTo(409);
            assertThat(server.send("PUT", "/api/v1/teams/" + slug + "/members/mike", owner, "{\"role\":\"admin\"}").statusCode()).isEqualTo(204);
            assertThat(join(server, stranger, slug, newCode).statusCode()).isEqualTo(201);
            // an admin removes a member, but not the owner
            assertThat(server.send("DELETE", "/api/v1/teams/" + slug + "/members/sam", member, null).statusCode()).isEqualTo(204);
            assertThat(server.send("DELETE", "/api/v1/teams/" + slug + "/members/olga", member, null).statusCode()).isEqualTo(403);
            // hand over, then leave
            assertThat(server.send("PUT", "/api/v1/teams/" + slug + "/members/mike", owner, "{\"role\":\"owner\"}").statusCode()).isEqualTo(204);
            assertThat(server.send("DELETE", "/api/v1/teams/" + slug + "/members/me", owner, null).statusCode()).isEqualTo(204);
            assertThat(Json.of(server.get("/api/v1/teams/" + slug, member)).get("members").size()).isEqualTo(1);
            assertThat(server.send("POST", "/api/v1/teams", null, "{\"name\":\"x\"}").statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void teamBoardsListMembersWhoOptedInAndTeamsRankByTotalAndAverage(Backend backend) {
        try (TestServer server = TestServer.start(backend, Optional.empty(), new MutableClock(Instant.parse("2026-06-15T12:00:00Z")))) {
            List<String> tokens = new ArrayList<>();
            String[] names = {"ann", "ben", "cat", "dan"};
            for (String name : names) {
                tokens.add(Accounts.userToken(server, name));
            }
            String big = Json.of(server.send("POST", "/api/v1/teams", tokens.get(0), "{\"name\":\"Big\"}")).get("slug").asText();
            String bigCode = Json.of(server.get("/api/v1/teams/" + big, tokens.get(0))).get("invite_code").asText();
            join(server, tokens.get(1), big, bigCode);
            join(server, tokens.get(2), big, bigCode);
            String solo = Json.of(server.send("POST", "/api/v1/teams", tokens.get(3), "{\"name\":\"Solo\"}")).get("slug").asText();

            Days.privacy(server, tokens.get(0), "{\"teams_only\":true}");
            Days.privacy(server, tokens.get(1), "{\"leaderboards\":true}");
            Days.privacy(server, tokens.get(3), "{\"leaderboards\":true}");
            int[] seconds = {3600, 1800, 9000, 5000};
            for (int i = 0; i < names.length; i++) {
                Days.upload(server, Accounts.deviceToken(server, tokens.get(i), "pc"), "2026-06-15",
                        Days.json("UTC", 1, seconds[i], Map.of()));
            }
            JsonNode board = Json.of(server.get("/api/v1/leaderboards?period=week&team=" + big, tokens.get(1)));
            List<String> listed = new ArrayList<>();
            board.get("entries").forEach(e -> listed.add(e.get("username").asText()));
            assertThat(listed).containsExactly("ann", "ben");   // cat never opted in; ann is teams-only
            assertThat(board.get("me").get("rank").asInt()).isEqualTo(2);
            assertThat(server.get("/api/v1/leaderboards?team=" + big, tokens.get(3)).statusCode()).isEqualTo(403);
            assertThat(server.get("/api/v1/leaderboards?team=" + big, null).statusCode()).isEqualTo(401);
            JsonNode global = Json.of(server.get("/api/v1/leaderboards?period=week", null));
            assertThat(global.get("total").asInt()).isEqualTo(2);   // ben and dan; ann only on team boards

            JsonNode byTotal = Json.of(server.get("/api/v1/teams?sort=total", null)).get("teams");
            assertThat(byTotal.get(0).get("slug").asText()).isEqualTo(big);   // 3600 + 1800 against 5000
            assertThat(byTotal.get(0).get("total_seconds").asLong()).isEqualTo(5400);
            assertThat(byTotal.get(0).get("active_members").asInt()).isEqualTo(2);
            JsonNode byAverage = Json.of(server.get("/api/v1/teams?sort=average", null)).get("teams");
            assertThat(byAverage.get(0).get("slug").asText()).isEqualTo(solo);
            assertThat(byAverage.get(1).get("average_seconds").asLong()).isEqualTo(2700);
            assertThat(server.get("/api/v1/teams?sort=best", null).statusCode()).isEqualTo(400);
        }
    }

    private static HttpResponse<String> join(TestServer server, String token, String slug, String code) {
        return server.send("POST", "/api/v1/teams/" + slug + "/members", token, "{\"invite_code\":" + Json.quote(code) + "}");
    }
}
