package dev.codehabit.agent.api;

import dev.codehabit.agent.refusal.TooManyRequestsException;
import dev.codehabit.agent.refusal.ConflictException;
import dev.codehabit.agent.refusal.NotFoundException;
import dev.codehabit.agent.refusal.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import dev.codehabit.agent.store.DatabaseDamagedException;
import dev.codehabit.agent.store.DiskFullException;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The agent's HTTP API on 127.0.0.1 only. Features contribute routes; errors are JSON, never stack traces. */
public final class ApiServer implements AutoCloseable {
    public static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** The largest body any route takes (a bulk of 1,000 heartbeats); each route states its own, smaller or equal. */
    static final long MAX_BODY_BYTES = 4L * 1024 * 1024;
    static final long BODY_IDLE_TIMEOUT_MS = 10_000;
    static final int DISK_FULL_RETRY_SECONDS = 60;

    private final Javalin app;
    private final AtomicInteger boundPort = new AtomicInteger(-1);

    public ApiServer(ObjectMapper json, List<TokenAuthenticator> authenticators, List<ApiRoutes> features) {
        RequestGuard guard = new RequestGuard(authenticators, boundPort::get);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(json, false));
            // A backstop only: each route reads its body through JsonBodies, within the limit it states.
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.defaultContentType = "application/json";
            // A handful of platform threads: requests come from a few local bridges, and idle threads cost memory.
            // Handlers run on virtual threads, so a client trickling its body ties up no pool thread: fifty slow
            // connections cost fifty parked virtual threads while the bridges keep being served.
            QueuedThreadPool pool = new QueuedThreadPool(16, 2, 60_000);
            pool.setName("api");
            pool.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("api-request-"));
            config.jetty.threadPool = pool;
            config.jetty.modifyHttpConfiguration(http -> {
                // A stalled body is cut after this; a trickling one by JsonBodies' deadline. (Jetty's minimum data
                // rate is no help: measured from the request's start, it fails small bodies that arrive late.)
                http.setIdleTimeout(BODY_IDLE_TIMEOUT_MS);
                http.setSendServerVersion(false);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new IgnoreMethodOverride()), "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.routes.before(guard::checkHostAndOrigin);
            config.routes.beforeMatched(guard::checkAccess);
            features.forEach(f -> f.register(config.routes));
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.details()));
            config.routes.exception(DiskFullException.class, (e, ctx) -> {
                ctx.header("Retry-After", Integer.toString(DISK_FULL_RETRY_SECONDS));
                error(ctx, 507, "disk full", Map.of("detail", e.getMessage()
                        + ". Free some space: the agent takes writes again as soon as there is room.",
                        "retry_after", DISK_FULL_RETRY_SECONDS));
            });
            config.routes.exception(DatabaseDamagedException.class, (e, ctx) -> error(ctx, 503, "database damaged",
                    Map.of("detail", e.getMessage() + ". The agent's log says how to recover.")));
            config.routes.exception(java.time.DateTimeException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), Map.of()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), Map.of()));
            // What a service refuses, said once for every route; any other IllegalArgumentException is a bug: a 500.
            config.routes.exception(InvalidInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), Map.of()));
            config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage(), Map.of()));
            config.routes.exception(ConflictException.class, (e, ctx) -> error(ctx, 409, e.getMessage(), Map.of()));
            config.routes.exception(TooManyRequestsException.class, (e, ctx) -> error(ctx, 429, e.getMessage(), Map.of()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (clientWentAway(e)) {
                    // Not our fault and nothing to fix: one line, not a stack trace per aborted request.
                    LOG.debug("Client went away during {} {}: {}", ctx.req().getMethod(), ctx.path(), e.toString());
                    error(ctx, 400, "The request was aborted", Map.of());
                    return;
                }
                LOG.error("Unhandled error on {} {}", ctx.req().getMethod(), ctx.path(), e);
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

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException || t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
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
