package dev.codehabit.agent.api;

import io.javalin.config.RoutesConfig;

import java.util.Map;

/** Lets the IDE bridge and a second launch bring up the dashboard of the running agent. */
public final class UiRoutes implements ApiRoutes {
    private final DashboardOpener opener;

    public UiRoutes(DashboardOpener opener) {
        this.opener = opener;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/ui/dashboard", ctx -> {
            if (!opener.open()) {
                throw new ApiException(409, "The agent runs headless: there is no dashboard window to open");
            }
            ctx.json(Map.of("opened", true));
        }, Access.CLIENT);
    }
}
