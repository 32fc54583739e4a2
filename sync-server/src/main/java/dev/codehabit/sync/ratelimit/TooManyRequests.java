package dev.codehabit.sync.ratelimit;

import dev.codehabit.sync.http.ApiErrors;
import dev.codehabit.sync.http.ApiException;
import io.javalin.config.JavalinConfig;

import java.util.Map;

/** A 429 with {@code Retry-After}: thrown by any route whose {@link RateLimiter} said no. */
public final class TooManyRequests extends ApiException {
    private final long retryAfterSeconds;

    public TooManyRequests(String message, RateLimiter.Decision decision) {
        super(429, message, Map.of("retry_after", decision.retryAfterSeconds()));
        this.retryAfterSeconds = decision.retryAfterSeconds();
    }

    /** Adds the header to the usual JSON error; registered once by the composition root. */
    public static void register(JavalinConfig config) {
        config.routes.exception(TooManyRequests.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds));
            ApiErrors.write(ctx, 429, e.getMessage(), e.details());
        });
    }
}
