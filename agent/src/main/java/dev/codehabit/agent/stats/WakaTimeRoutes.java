package dev.codehabit.agent.stats;

import dev.codehabit.agent.api.Access;
import dev.codehabit.agent.api.ApiException;
import dev.codehabit.agent.api.ApiRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.function.Supplier;

/** WakaTime's read endpoints: what editor plugins' status bars and WakaTime dashboards ask. */
public final class WakaTimeRoutes implements ApiRoutes {
    private final StatsService stats;
    private final Supplier<LocalDate> today;

    private final WakaTimeSummaries summaries;

    public WakaTimeRoutes(StatsService stats, WakaTimeSummaries summaries, Supplier<LocalDate> today) {
        this.stats = stats;
        this.summaries = summaries;
        this.today = today;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/users/current/summaries", this::summaries, Access.CLIENT);
        routes.get("/api/v1/users/current/statusbar/today", ctx -> {
            LocalDate now = today.get();
            ctx.json(WakaTimeSummaries.statusBar(stats.stats(now, now)));
        }, Access.CLIENT);
    }

    private void summaries(Context ctx) {
        String range = ctx.queryParam("range");
        DateRanges.Range r;
        if (range != null && !range.isBlank()) {
            r = DateRanges.named(range, today.get());
        } else {
            if (ctx.queryParam("start") == null || ctx.queryParam("end") == null) {
                throw ApiException.badRequest("start and end (YYYY-MM-DD) or range are required");
            }
            r = new DateRanges.Range(DateRanges.date("start", ctx.queryParam("start"), null),
                    DateRanges.date("end", ctx.queryParam("end"), null));
        }
        ctx.json(summaries.summaries(stats.stats(r.from(), r.to())));
    }
}
