package dev.codehabit.sync.auth;

import dev.codehabit.sync.http.ApiException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import dev.codehabit.sync.http.Routes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's own sessions: {@code GET /api/v1/sessions} lists them (the current one marked),
 * {@code DELETE /api/v1/sessions/{id}} revokes one (its token is refused at once), {@code DELETE
 * /api/v1/sessions/current} signs out. Signing in ({@code POST /api/v1/sessions}) lives with the accounts.
 */
public final class SessionRoutes implements Routes {
    private final Authenticator authenticator;
    private final SessionStore sessions;

    public SessionRoutes(Authenticator authenticator, SessionStore sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/v1/sessions", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            Optional<Long> current = currentId(ctx);
            List<Map<String, Object>> list = sessions.list(caller.accountId()).stream().map(s -> {
                Map<String, Object> row = view(s);
                row.put("current", current.filter(id -> id == s.id()).isPresent());
                return row;
            }).toList();
            ctx.json(Map.of("sessions", list));
        });
        config.routes.delete("/api/v1/sessions/{id}", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            String raw = ctx.pathParam("id");
            long id = "current".equals(raw) ? currentId(ctx).orElseThrow() : parseId(raw);
            if (!sessions.revoke(caller.accountId(), id)) {
                throw new ApiException(404, "No such session");
            }
            ctx.status(204);
        });
    }

    private Optional<Long> currentId(Context ctx) {
        return Authenticator.bearer(ctx).flatMap(token -> sessions.current(Tokens.hash(token))).map(SessionStore.Session::id);
    }

    public static Map<String, Object> view(SessionStore.Session s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("created_at", s.createdAt().toString());
        row.put("expires_at", s.expiresAt().toString());
        row.put("user_agent", s.userAgent());
        row.put("method", s.method().name().toLowerCase(java.util.Locale.ROOT));
        return row;
    }

    static long parseId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ApiException(404, "No such session");
        }
    }
}
