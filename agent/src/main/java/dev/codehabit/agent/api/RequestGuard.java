package dev.codehabit.agent.api;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The localhost API's front door. Loopback is not a trust boundary: any web page the user visits can send
 * requests to 127.0.0.1, and DNS rebinding can make them same-origin. So: the Host header must name
 * loopback (defeats rebinding), browser pages' Origins are refused (only extensions and editors may call),
 * and every non-public route needs a token.
 */
public final class RequestGuard {
    private static final List<String> ALLOWED_ORIGIN_SCHEMES =
            List.of("chrome-extension://", "moz-extension://", "vscode-webview://", "vscode-file://");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost");

    private final List<TokenAuthenticator> authenticators;
    private final IntSupplier port;

    public RequestGuard(List<TokenAuthenticator> authenticators, IntSupplier port) {
        this.authenticators = List.copyOf(authenticators);
        this.port = port;
    }

    /** Runs before every request, matched or not. */
    public void checkHostAndOrigin(Context ctx) {
        String host = ctx.header("Host");
        if (!isLoopbackHost(host)) {
            throw new ApiException(403, "Host header must be 127.0.0.1:" + port.getAsInt() + " or localhost:" + port.getAsInt());
        }
        String origin = ctx.header("Origin");
        if (origin != null && !isAllowedOrigin(origin)) {
            throw new ApiException(403, "Requests from web pages are not allowed");
        }
    }

    /** Runs before matched routes: enforces the route's {@link Access}. */
    public void checkAccess(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        String token = token(ctx).orElseThrow(() -> new ApiException(401, "Missing API token"));
        Caller caller = authenticators.stream()
                .map(a -> a.authenticate(token))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new ApiException(401, "Invalid API token"));
        if (roles.contains(Access.ADMIN) && !caller.admin()) {
            throw new ApiException(403, "This needs the agent's admin token");
        }
        ctx.attribute(Caller.ATTRIBUTE, caller);
    }

    boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        String name = lower.substring(0, colon);
        String hostPort = lower.substring(colon + 1);
        return LOOPBACK_HOSTS.contains(name) && hostPort.equals(Integer.toString(port.getAsInt()));
    }

    static boolean isAllowedOrigin(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        return ALLOWED_ORIGIN_SCHEMES.stream().anyMatch(lower::startsWith);
    }

    /** Bearer, Basic base64(token) as WakaTime plugins send it (with or without a trailing ':'), or ?api_key=. */
    static Optional<String> token(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            String value = authorization.trim();
            int space = value.indexOf(' ');
            if (space > 0) {
                String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
                String credentials = value.substring(space + 1).trim();
                if (scheme.equals("bearer")) {
                    return Optional.of(credentials);
                }
                if (scheme.equals("basic")) {
                    return decodeBasic(credentials);
                }
            }
        }
        return Optional.ofNullable(ctx.queryParam("api_key")).filter(k -> !k.isBlank());
    }

    private static Optional<String> decodeBasic(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            // Some clients send "token:" (user with empty password), some ":token" or "user:token".
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.of(decoded);
            }
            String left = decoded.substring(0, colon);
            String right = decoded.substring(colon + 1);
            return Optional.of(right.isEmpty() ? left : right);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
