package dev.codehabit.agent.api;

import io.javalin.config.RoutesConfig;

import java.util.Map;

/** Liveness without a token, so tools can find out whether an agent answers before they have one. */
public final class HealthRoutes implements ApiRoutes {
    private final String version;

    public HealthRoutes(String version) {
        this.version = version;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "ok", "version", version)), Access.PUBLIC);
    }
}
