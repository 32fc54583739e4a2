package dev.codehabit.sync.http;

import dev.codehabit.sync.store.Database;
import io.javalin.config.JavalinConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/v1/health}: for load balancers and monitoring; says the version and the engines in use. */
public final class HealthRoutes implements Routes {
    private final Database database;
    private final boolean redis;
    private final String version;

    public HealthRoutes(Database database, boolean redis, String version) {
        this.database = database;
        this.redis = redis;
        this.version = version;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/v1/health", ctx -> {
            database.read(c -> c.createStatement().execute("select 1"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "ok");
            body.put("version", version);
            body.put("database", database.kind().name().toLowerCase());
            body.put("redis", redis);
            ctx.json(body);
        });
    }
}
