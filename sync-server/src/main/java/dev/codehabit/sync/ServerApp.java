package dev.codehabit.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.codehabit.sync.config.ServerConfig;
import dev.codehabit.sync.http.ApiErrors;
import dev.codehabit.sync.http.HealthRoutes;
import dev.codehabit.sync.http.Routes;
import dev.codehabit.sync.redis.Redis;
import dev.codehabit.sync.store.Database;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: builds the whole object graph of one server instance, in dependency order, and hands
 * each class only what it uses. Nothing else constructs services.
 */
public final class ServerApp implements AutoCloseable {
    private final Database database;
    private final Optional<Redis> redis;
    private final Javalin http;

    private ServerApp(Database database, Optional<Redis> redis, Javalin http) {
        this.database = database;
        this.redis = redis;
        this.http = http;
    }

    /** Builds and starts an instance; the caller closes it. */
    public static ServerApp start(ServerConfig config, Clock clock) {
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .findAndRegisterModules();
        Database database = Database.open(config.jdbcUrl(), 16);
        Optional<Redis> redis = config.redisUri().map(Redis::new);
        try {
            List<Routes> routes = new ArrayList<>();
            routes.add(new HealthRoutes(database, redis.isPresent(), version()));

            Javalin http = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.startup.showOldJavalinVersionWarning = false;
                c.jsonMapper(new JavalinJackson(json, false));
                c.http.maxRequestSize = 64L * 1024;
                ApiErrors.register(c);
                routes.forEach(r -> r.register(c));
            });
            http.start(config.port());
            return new ServerApp(database, redis, http);
        } catch (RuntimeException e) {
            redis.ifPresent(Redis::close);
            database.close();
            throw e;
        }
    }

    static String version() {
        String v = ServerApp.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop();
        redis.ifPresent(Redis::close);
        database.close();
    }
}
