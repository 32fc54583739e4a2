package dev.codehabit.sync.oidc;

import dev.codehabit.sync.account.AccountRoutes;
import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.Caller;
import dev.codehabit.sync.auth.SessionStore;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Signing in with a provider:
 * <ul>
 *   <li>{@code GET /api/v1/auth/providers} — the configured providers, for sign-in buttons;</li>
 *   <li>{@code GET /api/v1/auth/{provider}/start} — 302 to the provider;</li>
 *   <li>{@code GET /api/v1/auth/{provider}/callback} — back from it: a session token ({@code created} when the
 *       account was just made), or the link done;</li>
 *   <li>{@code POST /api/v1/me/identities/{provider}} (user token) → {@code {authorization_url}} to link the
 *       provider to the signed-in account; {@code GET /api/v1/me/identities}; {@code DELETE …/{provider}}.</li>
 * </ul>
 * The callback answers JSON for API clients; the website (next issue) will turn the token into its cookie.
 */
public final class OidcRoutes implements Routes {
    private final OidcSignIn signIn;
    private final IdentityStore identities;
    private final SessionStore sessions;
    private final Authenticator authenticator;

    public OidcRoutes(OidcSignIn signIn, IdentityStore identities, SessionStore sessions, Authenticator authenticator) {
        this.signIn = signIn;
        this.identities = identities;
        this.sessions = sessions;
        this.authenticator = authenticator;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/v1/auth/providers", ctx -> ctx.json(Map.of("providers", signIn.providerNames().stream()
                .map(n -> Map.of("name", n, "start_url", "/api/v1/auth/" + n + "/start")).toList())));
        config.routes.get("/api/v1/auth/{provider}/start", ctx ->
                ctx.redirect(signIn.start(ctx.pathParam("provider"), OptionalLong.empty()).toString()));
        config.routes.get("/api/v1/auth/{provider}/callback", this::callback);
        config.routes.post("/api/v1/me/identities/{provider}", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            ctx.json(Map.of("authorization_url",
                    signIn.start(ctx.pathParam("provider"), OptionalLong.of(caller.accountId())).toString()));
        });
        config.routes.get("/api/v1/me/identities", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            ctx.json(Map.of("identities", identities.list(caller.accountId()).stream().map(OidcRoutes::view).toList()));
        });
        config.routes.delete("/api/v1/me/identities/{provider}", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            signIn.unlink(caller.accountId(), ctx.pathParam("provider"));
            ctx.status(204);
        });
    }

    private void callback(Context ctx) {
        String error = ctx.queryParam("error");
        if (error != null) {
            throw new ApiException(400, "The provider did not sign you in (" + error + ")", Map.of("provider_error", error));
        }
        String code = ctx.queryParam("code");
        String state = ctx.queryParam("state");
        if (code == null || state == null) {
            throw new ApiException(400, "The provider's answer lacks code or state");
        }
        OidcSignIn.Outcome outcome = signIn.finish(ctx.pathParam("provider"), code, state);
        Map<String, Object> out = new LinkedHashMap<>();
        if (outcome.linked()) {
            out.put("linked", true);
        } else {
            SessionStore.Issued issued = sessions.open(outcome.account().id(), ctx.userAgent(), SessionStore.Method.OIDC);
            out.put("token", issued.token());
            out.put("session_id", issued.session().id());
            out.put("expires_at", issued.session().expiresAt().toString());
            out.put("created", outcome.created());
        }
        out.put("provider", ctx.pathParam("provider"));
        out.put("account", AccountRoutes.view(outcome.account()));
        ctx.header("Cache-Control", "no-store").json(out);
    }

    public static Map<String, Object> view(IdentityStore.Link link) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("provider", link.provider());
        out.put("issuer", link.issuer());
        out.put("subject", link.subject());
        out.put("email", link.email());
        out.put("linked_at", link.createdAt().toString());
        return out;
    }
}
