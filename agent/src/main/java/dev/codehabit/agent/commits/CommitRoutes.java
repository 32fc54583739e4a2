package dev.codehabit.agent.commits;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.api.Access;
import dev.codehabit.agent.api.ApiException;
import dev.codehabit.agent.api.ApiRoutes;
import dev.codehabit.agent.api.JsonBodies;
import dev.codehabit.agent.stats.DateRanges;
import dev.codehabit.agent.stats.StatsService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code POST /api/v1/commits} (one commit or an array) and {@code GET /api/v1/commits?from&to}. */
public final class CommitRoutes implements ApiRoutes {
    static final int MAX_BULK = 1000;
    /** 1,000 commits of a few hundred bytes each. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final CommitService commits;
    private final JsonBodies bodies;
    private final Supplier<LocalDate> today;
    private final Supplier<ZoneId> zone;

    public CommitRoutes(CommitService commits, JsonBodies bodies, Supplier<LocalDate> today, Supplier<ZoneId> zone) {
        this.commits = commits;
        this.bodies = bodies;
        this.today = today;
        this.zone = zone;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/commits", this::post, Access.CLIENT);
        routes.get("/api/v1/commits", this::list, Access.CLIENT);
    }

    private void post(Context ctx) {
        JsonNode body = bodies.read(ctx, MAX_BODY_BYTES);
        if (!body.isArray()) {
            switch (commits.ingest(List.of(body)).getFirst()) {
                case CommitResult.Stored s -> ctx.status(s.duplicate() ? 200 : 201).json(Map.of("data", CommitJson.commit(s.commit())));
                case CommitResult.Rejected r -> throw ApiException.badRequest(r.reason());
            }
            return;
        }
        if (body.size() > MAX_BULK) {
            throw ApiException.badRequest("At most " + MAX_BULK + " commits per request");
        }
        List<JsonNode> items = new ArrayList<>(body.size());
        body.forEach(items::add);
        List<List<Object>> responses = new ArrayList<>(items.size());
        for (CommitResult result : commits.ingest(items)) {
            responses.add(switch (result) {
                case CommitResult.Stored s -> List.of(Map.of("data", CommitJson.commit(s.commit())), s.duplicate() ? 200 : 201);
                case CommitResult.Rejected r -> List.of(Map.of("error", r.reason()), 400);
            });
        }
        ctx.status(202).json(Map.of("responses", responses));
    }

    private void list(Context ctx) {
        LocalDate now = today.get();
        LocalDate from = DateRanges.date("from", ctx.queryParam("from"), now);
        LocalDate to = DateRanges.date("to", ctx.queryParam("to"), from.isAfter(now) ? from : now);
        if (to.isBefore(from)) {
            throw ApiException.badRequest("'to' must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= StatsService.MAX_DAYS) {
            throw ApiException.badRequest("a range may span at most " + StatsService.MAX_DAYS + " days");
        }
        List<Map<String, Object>> data = commits.commits(from, to).stream().map(CommitJson::report).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", from.toString());
        out.put("to", to.toString());
        out.put("timezone", zone.get().getId());
        out.put("data", data);
        ctx.json(out);
    }
}
