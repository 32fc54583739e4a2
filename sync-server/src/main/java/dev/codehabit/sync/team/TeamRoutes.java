package dev.codehabit.sync.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.Routes;
import dev.codehabit.sync.leaderboard.Period;
import dev.codehabit.sync.leaderboard.Profiles;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Team routes under {@code /api/v1/teams}: every change needs a user token and is checked against the caller's role. */
public final class TeamRoutes implements Routes {
    private final Authenticator auth;
    private final Teams teams;
    private final Profiles profiles;
    private final ObjectMapper json;

    public TeamRoutes(Authenticator auth, Teams teams, Profiles profiles, ObjectMapper json) {
        this.auth = auth;
        this.teams = teams;
        this.profiles = profiles;
        this.json = json;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/v1/teams", ctx -> {
            Team team = teams.create(auth.requireUser(ctx).accountId(), field(ctx, "name"));
            ctx.status(201).json(Map.of("slug", team.slug(), "name", team.name(), "invite_code", team.inviteCode()));
        });
        config.routes.get("/api/v1/teams", ctx -> {
            String sort = ctx.queryParam("sort");
            if (sort != null && !sort.equals("total") && !sort.equals("average")) {
                throw new ApiException(400, "sort must be total or average", Map.of("field", "sort"));
            }
            Period period = Period.parse(ctx.queryParam("period"));
            ctx.json(Map.of("period", period.key(), "sort", sort == null ? "total" : sort,
                    "teams", teams.ranking(period, "average".equals(sort))));
        });
        config.routes.get("/api/v1/teams/{slug}", ctx -> ctx.json(view(teams.view(auth.requireUser(ctx).accountId(), ctx.pathParam("slug")))));
        config.routes.post("/api/v1/teams/{slug}/members", ctx -> {
            Membership m = teams.join(auth.requireUser(ctx).accountId(), ctx.pathParam("slug"), field(ctx, "invite_code"));
            ctx.status(201).json(Map.of("slug", ctx.pathParam("slug"), "role", m.role().key()));
        });
        config.routes.delete("/api/v1/teams/{slug}/members/{username}", ctx -> {
            long caller = auth.requireUser(ctx).accountId();
            teams.remove(caller, ctx.pathParam("slug"), target(ctx, caller));
            ctx.status(204);
        });
        config.routes.put("/api/v1/teams/{slug}/members/{username}", ctx -> {
            long caller = auth.requireUser(ctx).accountId();
            Role role;
            try {
                role = Role.of(field(ctx, "role"));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ApiException(400, "role must be owner, admin or member", Map.of("field", "role"));
            }
            teams.setRole(caller, ctx.pathParam("slug"), target(ctx, caller), role);
            ctx.status(204);
        });
        config.routes.post("/api/v1/teams/{slug}/invite-code", ctx ->
                ctx.json(Map.of("invite_code", teams.rotateCode(auth.requireUser(ctx).accountId(), ctx.pathParam("slug")))));
    }

    /** {@code me} or a username. */
    private long target(Context ctx, long caller) {
        String username = ctx.pathParam("username");
        return username.equals("me") ? caller
                : profiles.idOf(username).orElseThrow(() -> new ApiException(404, "No member " + username));
    }

    private Map<String, Object> view(Teams.TeamView v) {
        Map<Long, Profiles.Name> names = profiles.names(v.members().stream().map(Membership::accountId).toList());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("slug", v.team().slug());
        out.put("name", v.team().name());
        out.put("role", v.myRole().key());
        if (v.myRole() != Role.MEMBER) {
            out.put("invite_code", v.team().inviteCode());
        }
        out.put("members", v.members().stream().map(m -> {
            Profiles.Name n = names.get(m.accountId());
            return Map.of("username", n == null ? "" : n.username(), "display_name", n == null ? "" : n.displayName(),
                    "role", m.role().key());
        }).toList());
        return out;
    }

    private String field(Context ctx, String name) {
        try {
            JsonNode body = json.readTree(ctx.body());
            JsonNode value = body == null ? null : body.get(name);
            if (value == null || !value.isTextual()) {
                throw new ApiException(400, name + " is required", Map.of("field", name));
            }
            return value.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "Body is not valid JSON", Map.of("field", "body"));
        }
    }

}
