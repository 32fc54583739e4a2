package dev.codehabit.sync.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.Caller;
import dev.codehabit.sync.auth.SessionStore;
import dev.codehabit.sync.auth.Tokens;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.JsonBodies;
import dev.codehabit.sync.http.Routes;
import dev.codehabit.sync.ratelimit.ClientAddress;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/me/export} (every row the account owns, as JSON) and {@code DELETE /api/v1/me} (the account
 * and every row it owns). Deleting asks for the password again, or, for an account made through an OpenID
 * Connect provider, a session opened there in the last {@link #FRESH_SIGN_IN} — a stolen old token is not enough.
 */
public final class MeRoutes implements Routes {
    static final Duration FRESH_SIGN_IN = Duration.ofMinutes(10);

    private final Authenticator authenticator;
    private final AccountStore accounts;
    private final AccountService service;
    private final SignInGuard guard;
    private final SessionStore sessions;
    private final List<ExportSection> sections;
    private final List<AccountDeletionListener> deletionListeners;
    private final Clock clock;

    public MeRoutes(Authenticator authenticator, AccountStore accounts, AccountService service, SignInGuard guard,
                    SessionStore sessions,
                    List<ExportSection> sections, List<AccountDeletionListener> deletionListeners, Clock clock) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.service = service;
        this.guard = guard;
        this.sessions = sessions;
        this.sections = sections;
        this.deletionListeners = deletionListeners;
        this.clock = clock;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/v1/me/export", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            Map<String, Object> export = new LinkedHashMap<>();
            export.put("format", "codehabit-sync-export/1");
            export.put("exported_at", clock.instant().toString());
            for (ExportSection section : sections) {
                export.put(section.name(), section.rowsOf(caller.accountId()));
            }
            ctx.header("Content-Disposition", "attachment; filename=\"codehabit-export.json\"").json(export);
        });
        config.routes.delete("/api/v1/me", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            Account account = accounts.get(caller.accountId()).orElseThrow(() -> new ApiException(401, "Account deleted"));
            confirm(ctx, account);
            accounts.delete(account.id());
            deletionListeners.forEach(l -> l.accountDeleted(account.id()));
            ctx.status(204);
        });
    }

    private void confirm(Context ctx, Account account) {
        if (account.hasPassword()) {
            JsonNode body = ctx.body().isBlank() ? null : JsonBodies.read(ctx, JsonNode.class);
            JsonNode password = body == null ? null : body.get("password");
            if (password == null || !password.isTextual()) {
                throw new ApiException(400, "Send {\"password\": …} to confirm deleting the account", Map.of("field", "password"));
            }
            guard.attempt(ClientAddress.of(ctx), account.username());
            try {
                service.checkPassword(account.username(), password.asText());
            } catch (ApiException wrong) {
                // 403, not 401: the token is fine, and a client must not take this for "signed out"
                throw new ApiException(403, "Wrong password", Map.of("field", "password"));
            }
            return;
        }
        SessionStore.Session session = Authenticator.bearer(ctx).flatMap(t -> sessions.current(Tokens.hash(t))).orElseThrow();
        boolean fresh = session.method() == SessionStore.Method.OIDC
                && session.createdAt().isAfter(clock.instant().minus(FRESH_SIGN_IN));
        if (!fresh) {
            throw new ApiException(403, "Sign in with your provider again (within " + FRESH_SIGN_IN.toMinutes()
                    + " minutes) to confirm deleting the account", Map.of("reauthenticate", true));
        }
    }
}
