package dev.codehabit.agent.api;

import io.javalin.config.RoutesConfig;

/** A feature's HTTP routes. Each feature package has one; {@code App} hands them all to the server. */
@FunctionalInterface
public interface ApiRoutes {
    void register(RoutesConfig routes);
}
