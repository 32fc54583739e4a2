package dev.codehabit.sync.auth;

import dev.codehabit.sync.http.ApiException;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * Turns a request's {@code Authorization: Bearer …} header into a {@link Caller}. Every route that reads or
 * writes an account's data starts here, and scopes what it touches to {@code caller.accountId()}.
 */
public final class Authenticator {
    private final TokenLookup sessions;
    private final TokenLookup devices;

    public Authenticator(TokenLookup sessions, TokenLookup devices) {
        this.sessions = sessions;
        this.devices = devices;
    }

    /** The caller, or empty when the request has no token or one that is unknown, expired or revoked. */
    public Optional<Caller> authenticate(Context ctx) {
        return bearer(ctx).flatMap(token -> {
            if (token.startsWith(Tokens.SESSION_PREFIX)) {
                return sessions.callerFor(Tokens.hash(token));
            }
            if (token.startsWith(Tokens.DEVICE_PREFIX)) {
                return devices.callerFor(Tokens.hash(token));
            }
            return Optional.empty();
        });
    }

    /** A signed-in user (session token); a device token is not enough to manage an account. */
    public Caller requireUser(Context ctx) {
        Caller caller = require(ctx);
        if (caller.isDevice()) {
            throw new ApiException(401, "This needs a user's session token, not a device token");
        }
        return caller;
    }

    /** An agent with a device token: uploads are filed under that device. */
    public Caller requireDevice(Context ctx) {
        Caller caller = require(ctx);
        if (!caller.isDevice()) {
            throw new ApiException(401, "This needs a device token (POST /api/v1/devices or the device-code flow)");
        }
        return caller;
    }

    private Caller require(Context ctx) {
        if (bearer(ctx).isEmpty()) {
            throw new ApiException(401, "Missing bearer token");
        }
        return authenticate(ctx).orElseThrow(() -> new ApiException(401, "Invalid, expired or revoked token"));
    }

    /** The bearer token as sent, if any. */
    public static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
