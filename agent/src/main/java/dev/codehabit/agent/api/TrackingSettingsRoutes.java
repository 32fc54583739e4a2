package dev.codehabit.agent.api;

import dev.codehabit.agent.config.Settings;
import io.javalin.config.RoutesConfig;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The tracking settings a bridge must follow, read-only: the agent's settings are the one source of truth, so the
 * browser bridge asks here instead of keeping a copy the user would have to change twice.
 */
public final class TrackingSettingsRoutes implements ApiRoutes {
    private final Supplier<Settings> settings;

    public TrackingSettingsRoutes(Supplier<Settings> settings) {
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/settings/tracking", ctx -> ctx.json(Map.of(
                "audible_keeps_active", settings.get().audibleKeepsActive())), Access.CLIENT);
    }
}
