package dev.codehabit.sync.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one place HTTP errors are written: {@code {"error": "…", …details}}, never a stack trace. */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    public static void register(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage(), e.details()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage(), Map.of()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "Internal error", Map.of());
        });
        config.routes.error(405, ctx -> write(ctx, 405, "Method not allowed", Map.of()));
    }

    public static void write(Context ctx, int status, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message == null || message.isBlank() ? "Error " + status : message);
        body.putAll(details);
        ctx.status(status).json(body);
    }
}
