package dev.codehabit.agent.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The agent's HTTP API on 127.0.0.1 only. Features contribute routes; errors are JSON, never stack traces. */
public final class ApiServer implements AutoCloseable {
    public static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;
    private final AtomicInteger boundPort = new AtomicInteger(-1);

    public ApiServer(ObjectMapper json, List<TokenAuthenticator> authenticators, List<ApiRoutes> features) {
        RequestGuard guard = new RequestGuard(authenticators, boundPort::get);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = 8L * 1024 * 1024;
            config.http.defaultContentType = "application/json";
            // A handful of threads: requests come from a few local bridges, and idle threads cost memory.
            QueuedThreadPool pool = new QueuedThreadPool(16, 2, 60_000);
            pool.setName("api");
            config.jetty.threadPool = pool;
            config.routes.before(guard::checkHostAndOrigin);
            config.routes.beforeMatched(guard::checkAccess);
            features.forEach(f -> f.register(config.routes));
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.details()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), Map.of()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), Map.of()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "Internal error; see the agent's log", Map.of());
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
                    error(ctx, 404, "No such endpoint: " + ctx.method() + " " + ctx.path(), Map.of());
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "Method not allowed", Map.of()));
        });
    }

    /** Binds 127.0.0.1:{@code port} (0 picks a free port) and returns the bound port. */
    public int start(int port) {
        app.start(LOOPBACK, port);
        boundPort.set(app.port());
        return app.port();
    }

    public int port() {
        return boundPort.get();
    }

    private static void error(Context ctx, int status, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message == null || message.isBlank() ? "Error " + status : message);
        body.putAll(details);
        ctx.status(status).json(body);
    }

    @Override
    public void close() {
        app.stop();
    }
}
