package dev.codehabit.sync.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.Caller;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.JsonBodies;
import dev.codehabit.sync.http.Routes;
import io.javalin.config.JavalinConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/me/privacy} and {@code PUT /api/v1/me/privacy}. A PUT may carry only the settings it
 * changes; each must be a JSON boolean, and an unknown name is refused rather than silently ignored (a typo
 * in a privacy setting must not leave the user believing they are hidden).
 */
public final class PrivacyRoutes implements Routes {
    private static final Set<String> FIELDS = Set.of("leaderboards", "show_languages", "public_profile", "anonymous", "teams_only");

    private final Authenticator authenticator;
    private final PrivacyService privacy;

    public PrivacyRoutes(Authenticator authenticator, PrivacyService privacy) {
        this.authenticator = authenticator;
        this.privacy = privacy;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/v1/me/privacy", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            ctx.json(view(caller.accountId(), privacy.get(caller.accountId())));
        });
        config.routes.put("/api/v1/me/privacy", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            JsonNode body = JsonBodies.read(ctx, JsonNode.class);
            if (!body.isObject()) {
                throw new ApiException(400, "A JSON object of settings is needed");
            }
            body.fieldNames().forEachRemaining(name -> {
                if (!FIELDS.contains(name)) {
                    throw new ApiException(400, "Unknown privacy setting " + name + " (known: " + String.join(", ",
                            FIELDS.stream().sorted().toList()) + ")", Map.of("field", name));
                }
                if (!body.get(name).isBoolean()) {
                    throw new ApiException(400, name + " must be true or false", Map.of("field", name));
                }
            });
            PrivacySettings old = privacy.get(caller.accountId());
            PrivacySettings now = new PrivacySettings(
                    flag(body, "leaderboards", old.leaderboards()), flag(body, "show_languages", old.showLanguages()),
                    flag(body, "public_profile", old.publicProfile()), flag(body, "anonymous", old.anonymous()),
                    flag(body, "teams_only", old.teamsOnly()));
            ctx.json(view(caller.accountId(), privacy.put(caller.accountId(), now)));
        });
    }

    private static boolean flag(JsonNode body, String name, boolean current) {
        return body.has(name) ? body.get(name).asBoolean() : current;
    }

    public static Map<String, Object> view(long accountId, PrivacySettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("leaderboards", s.leaderboards());
        out.put("show_languages", s.showLanguages());
        out.put("public_profile", s.publicProfile());
        out.put("anonymous", s.anonymous());
        out.put("teams_only", s.teamsOnly());
        out.put("pseudonym", Pseudonyms.of(accountId));
        return out;
    }
}
