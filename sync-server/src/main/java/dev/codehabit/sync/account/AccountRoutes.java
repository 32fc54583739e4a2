package dev.codehabit.sync.account;

import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.Caller;
import dev.codehabit.sync.auth.SessionStore;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.JsonBodies;
import dev.codehabit.sync.http.Routes;
import dev.codehabit.sync.ratelimit.ClientAddress;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/v1/accounts} (sign up), {@code POST /api/v1/sessions} (password sign-in → a session token,
 * rate-limited per client address and per account) and {@code GET /api/v1/me}.
 */
public final class AccountRoutes implements Routes {
    record SignUp(String username, String password, String displayName) {}

    record SignIn(String username, String password) {}

    private final AccountService service;
    private final AccountStore accounts;
    private final SessionStore sessions;
    private final Authenticator authenticator;
    private final SignInGuard guard;

    public AccountRoutes(AccountService service, AccountStore accounts, SessionStore sessions, Authenticator authenticator,
                         SignInGuard guard) {
        this.service = service;
        this.accounts = accounts;
        this.sessions = sessions;
        this.authenticator = authenticator;
        this.guard = guard;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/v1/accounts", ctx -> {
            SignUp body = JsonBodies.read(ctx, SignUp.class);
            Account account = service.create(body.username(), body.password(), body.displayName());
            ctx.status(201).json(view(account));
        });
        config.routes.post("/api/v1/sessions", this::signIn);
        config.routes.get("/api/v1/me", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            ctx.json(view(accounts.get(caller.accountId()).orElseThrow(() -> new ApiException(401, "Account deleted"))));
        });
    }

    private void signIn(Context ctx) {
        SignIn body = JsonBodies.read(ctx, SignIn.class);
        guard.attempt(ClientAddress.of(ctx), body.username());
        Account account = service.checkPassword(body.username(), body.password());
        SessionStore.Issued issued = sessions.open(account.id(), ctx.userAgent(), SessionStore.Method.PASSWORD);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("token", issued.token());
        out.put("session_id", issued.session().id());
        out.put("expires_at", issued.session().expiresAt().toString());
        out.put("account", view(account));
        ctx.status(201).json(out);
    }

    public static Map<String, Object> view(Account account) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", account.id());
        out.put("username", account.username());
        out.put("display_name", account.displayName());
        out.put("has_password", account.hasPassword());
        out.put("created_at", account.createdAt().toString());
        return out;
    }
}
