package dev.codehabit.agent.api;

import dev.codehabit.agent.instance.HealthProof;
import io.javalin.config.RoutesConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Liveness without a token, so tools can find out whether an agent answers before they have one. With
 * {@code ?challenge=}, the answer also proves this is the agent whose token the tool holds ({@link HealthProof}).
 */
public final class HealthRoutes implements ApiRoutes {
    private final String version;
    private final Supplier<String> token;

    public HealthRoutes(String version, Supplier<String> token) {
        this.version = version;
        this.token = token;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/health", ctx -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", "ok");
            out.put("version", version);
            String challenge = ctx.queryParam("challenge");
            if (challenge != null) {
                if (challenge.isEmpty() || challenge.length() > HealthProof.MAX_CHALLENGE_LENGTH) {
                    throw ApiException.badRequest("challenge must be 1 to " + HealthProof.MAX_CHALLENGE_LENGTH + " characters");
                }
                out.put("proof", HealthProof.answer(token.get(), challenge));
            }
            ctx.json(out);
        }, Access.PUBLIC);
    }
}
