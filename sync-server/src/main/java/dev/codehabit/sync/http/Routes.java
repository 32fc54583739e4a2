package dev.codehabit.sync.http;

import io.javalin.config.JavalinConfig;

/** What a feature contributes to the server: its routes, registered by the composition root. */
@FunctionalInterface
public interface Routes {
    void register(JavalinConfig config);
}
