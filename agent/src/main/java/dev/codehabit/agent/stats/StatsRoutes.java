package dev.codehabit.agent.stats;

import dev.codehabit.agent.api.Access;
import dev.codehabit.agent.api.ApiRoutes;
import io.javalin.config.RoutesConfig;

import java.time.LocalDate;
import java.util.function.Supplier;

/** The native read API the dashboard and bridges use. */
public final class StatsRoutes implements ApiRoutes {

    private final StatsService stats;
    private final StatsJson json;
    private final Supplier<LocalDate> today;

    public StatsRoutes(StatsService stats, StatsJson json, Supplier<LocalDate> today) {
        this.stats = stats;
        this.json = json;
        this.today = today;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/stats", ctx -> {
            LocalDate now = today.get();
            LocalDate from = DateRanges.date("from", ctx.queryParam("from"), now);
            LocalDate to = DateRanges.date("to", ctx.queryParam("to"), from.isAfter(now) ? from : now);
            ctx.json(json.toMap(stats.stats(from, to), "day".equals(ctx.queryParam("breakdown"))));
        }, Access.CLIENT);
    }
}
