package dev.codehabit.sync.days;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.Caller;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code PUT /api/v1/days/{date}} and the bulk {@code PUT /api/v1/days}: agents upload with a device token. */
public final class DayRoutes implements Routes {
    static final int MAX_BULK = 100;
    /** An agent syncs every few minutes; this leaves room for catching up after a long time offline. */
    public static final int PER_DEVICE_PER_MINUTE = 120;
    private final Authenticator auth;
    private final DaySync sync;
    private final UploadLimit limit;
    private final ObjectMapper json;

    public DayRoutes(Authenticator auth, DaySync sync, UploadLimit limit, ObjectMapper json) {
        this.auth = auth;
        this.sync = sync;
        this.limit = limit;
        this.json = json;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.put("/api/v1/days/{date}", ctx -> {
            Caller caller = device(ctx);
            ctx.json(sync.put(caller.accountId(), caller.deviceId().getAsLong(), ctx.pathParam("date"), body(ctx)));
        });
        config.routes.get("/api/v1/days/{date}", ctx ->
                ctx.json(sync.read(auth.authenticate(ctx).orElseThrow(() -> new ApiException(401, "Missing or invalid token"))
                        .accountId(), ctx.pathParam("date"))));
        config.routes.put("/api/v1/days", ctx -> {
            Caller caller = device(ctx);
            JsonNode items = body(ctx);
            if (!items.isArray()) {
                throw new DayRejected("body", "must be an array of days");
            }
            if (items.size() > MAX_BULK) {
                throw new DayRejected("body", "has more than " + MAX_BULK + " days");
            }
            List<Map<String, Object>> results = new ArrayList<>();
            for (JsonNode item : items) {
                results.add(one(caller, item));
            }
            ctx.json(Map.of("results", results));
        });
    }

    /** One item of a bulk upload, answered on its own: a bad day does not stop the others. */
    private Map<String, Object> one(Caller caller, JsonNode item) {
        Map<String, Object> answer = new LinkedHashMap<>();
        String date = item.path("date").isTextual() ? item.path("date").asText() : null;
        answer.put("date", date);
        try {
            DayResult r = sync.put(caller.accountId(), caller.deviceId().getAsLong(), date, item);
            answer.put("status", 200);
            answer.put("version", r.version());
            answer.put("result", r.result());
        } catch (DayRejected e) {
            answer.put("status", 400);
            answer.put("error", e.getMessage());
            answer.put("field", e.field());
            answer.put("reason", e.reason());
        }
        return answer;
    }

    private Caller device(Context ctx) {
        Caller caller = auth.requireDevice(ctx);
        limit.refuse(caller.deviceId().getAsLong()).ifPresent(wait -> {
            ctx.header("Retry-After", String.valueOf(Math.max(1, seconds(wait))));
            throw new ApiException(429, "Too many uploads from this device; retry in " + seconds(wait) + " s",
                    Map.of("retry_after", seconds(wait)));
        });
        return caller;
    }

    private static long seconds(Duration d) {
        return (d.toMillis() + 999) / 1000;
    }

    private JsonNode body(Context ctx) {
        try {
            return json.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new DayRejected("body", "is not valid JSON");
        }
    }
}
