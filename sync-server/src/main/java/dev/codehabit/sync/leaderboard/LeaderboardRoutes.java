package dev.codehabit.sync.leaderboard;

import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.Caller;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;

/** {@code GET /api/v1/leaderboards}: public boards (only opted-in data); a token adds {@code me}; team boards need a member. */
public final class LeaderboardRoutes implements Routes {
    private static final int MAX_PAGE = 1_000;
    private final Authenticator auth;
    private final Leaderboards boards;

    public LeaderboardRoutes(Authenticator auth, Leaderboards boards) {
        this.auth = auth;
        this.boards = boards;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/v1/leaderboards", ctx -> {
            Period period = Period.parse(ctx.queryParam("period"));
            String metric = ctx.queryParam("metric");
            if (metric != null && !metric.isBlank() && !metric.equals("coding")) {
                throw new ApiException(400, "metric must be coding", Map.of("field", "metric"));
            }
            Optional<String> team = text(ctx, "team");
            Optional<Long> caller = auth.authenticate(ctx).map(Caller::accountId);
            if (team.isPresent() && caller.isEmpty()) {
                throw new ApiException(401, "A team board needs a member's token");
            }
            ctx.json(boards.read(period, text(ctx, "language"), team, page(ctx), caller));
        });
    }

    private static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static int page(Context ctx) {
        String p = ctx.queryParam("page");
        if (p == null || p.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(p);
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException ignored) {
            // the same answer as an out-of-range page
        }
        throw new ApiException(400, "page must be a number from 1 to " + MAX_PAGE, Map.of("field", "page"));
    }
}
