package dev.codehabit.sync.device;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.Caller;
import dev.codehabit.sync.auth.Tokens;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.http.JsonBodies;
import dev.codehabit.sync.http.Routes;
import dev.codehabit.sync.ratelimit.ClientAddress;
import dev.codehabit.sync.ratelimit.RateLimiter;
import dev.codehabit.sync.ratelimit.TooManyRequests;
import dev.codehabit.sync.store.StoreException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The RFC 8628 device authorisation flow, so an agent can be linked without typing a password into it (and
 * to an account that has none):
 * <ol>
 *   <li>the agent: {@code POST /api/v1/device-codes {name?}} → {@code device_code, user_code, verification_uri,
 *       interval, expires_in};</li>
 *   <li>the signed-in user: {@code GET /api/v1/device-codes/{user_code}} to see what asks, then
 *       {@code POST /api/v1/device-codes/approve} or {@code /deny} with {@code {user_code}};</li>
 *   <li>the agent polls {@code POST /api/v1/device-tokens {device_code}}: RFC 8628 errors
 *       ({@code authorization_pending}, {@code slow_down}, {@code access_denied}, {@code expired_token}) until it
 *       gets {@code {access_token, token_type, device_id}} — once.</li>
 * </ol>
 */
public final class DeviceCodeRoutes implements Routes {
    static final Duration LIFETIME = Duration.ofMinutes(15);
    static final Duration INTERVAL = Duration.ofSeconds(5);
    /** RFC 8628 §6.1: 20 consonants, no vowels (no words) and none that look alike; 8 of them ≈ 34.6 bits. */
    private static final String ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

    private final Authenticator authenticator;
    private final DeviceCodeStore codes;
    private final DeviceStore devices;
    private final RateLimiter limiter;
    private final Tokens tokens;
    private final String baseUrl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DeviceCodeRoutes(Authenticator authenticator, DeviceCodeStore codes, DeviceStore devices, RateLimiter limiter,
                            Tokens tokens, String baseUrl, Clock clock) {
        this.authenticator = authenticator;
        this.codes = codes;
        this.devices = devices;
        this.limiter = limiter;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/v1/device-codes", this::start);
        config.routes.get("/api/v1/device-codes/{user_code}", ctx -> {
            Caller caller = authenticator.requireUser(ctx);
            DeviceCodeStore.Pending pending = codes.pending(normalise(ctx.pathParam("user_code")), caller.accountId(), clock.instant())
                    .orElseThrow(DeviceCodeRoutes::noSuchCode);
            ctx.json(Map.of("user_code", display(pending.userCode()), "device_name", pending.deviceName(),
                    "expires_at", pending.expiresAt().toString(), "approved", pending.approved()));
        });
        config.routes.post("/api/v1/device-codes/approve", ctx -> decide(ctx, true));
        config.routes.post("/api/v1/device-codes/deny", ctx -> decide(ctx, false));
        config.routes.post("/api/v1/device-tokens", this::poll);
    }

    private void start(Context ctx) {
        spend("device-code:ip:" + ClientAddress.of(ctx), 30, Duration.ofMinutes(15));
        String name = "Agent";
        if (!ctx.body().isBlank()) {
            JsonNode body = JsonBodies.read(ctx, JsonNode.class);
            if (body.hasNonNull("name")) {
                if (!body.get("name").isTextual()) {
                    throw new ApiException(400, "name must be a string", Map.of("field", "name"));
                }
                name = DeviceNames.check(body.get("name").asText());
            }
        }
        String deviceCode = tokens.issue("chc_");
        String userCode = userCode();
        try {
            codes.create(Tokens.hash(deviceCode), userCode, name, clock.instant(), LIFETIME, INTERVAL);
        } catch (StoreException collision) {
            // the user code is unique among live codes; at 20^8 codes a second draw always does
            userCode = userCode();
            codes.create(Tokens.hash(deviceCode), userCode, name, clock.instant(), LIFETIME, INTERVAL);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("device_code", deviceCode);
        out.put("user_code", display(userCode));
        out.put("verification_uri", baseUrl + "/device");
        out.put("verification_uri_complete", baseUrl + "/device?user_code=" + display(userCode));
        out.put("expires_in", LIFETIME.toSeconds());
        out.put("interval", INTERVAL.toSeconds());
        ctx.json(out);
    }

    private void decide(Context ctx, boolean approve) {
        Caller caller = authenticator.requireUser(ctx);
        JsonNode code = JsonBodies.read(ctx, JsonNode.class).get("user_code");
        if (code == null || !code.isTextual()) {
            throw new ApiException(400, "user_code is required", Map.of("field", "user_code"));
        }
        // a user code has ~35 bits: a signed-in account may not try them by the thousand
        spend("device-code:approve:" + caller.accountId(), 20, Duration.ofMinutes(15));
        String userCode = normalise(code.asText());
        boolean done = approve ? codes.approve(userCode, caller.accountId(), clock.instant()) : codes.deny(userCode, clock.instant());
        if (!done) {
            throw noSuchCode();
        }
        ctx.json(Map.of("user_code", display(userCode), "approved", approve));
    }

    private void poll(Context ctx) {
        JsonNode code = JsonBodies.read(ctx, JsonNode.class).get("device_code");
        if (code == null || !code.isTextual()) {
            throw new ApiException(400, "invalid_request", Map.of("error_description", "device_code is required"));
        }
        switch (codes.poll(Tokens.hash(code.asText()), clock.instant())) {
            case DeviceCodeStore.Poll.Approved(long accountId, String name) -> {
                DeviceStore.Issued issued = devices.create(accountId, name);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("access_token", issued.token());
                out.put("token_type", "Bearer");
                out.put("device_id", issued.device().id());
                out.put("device_name", issued.device().name());
                ctx.json(out);
            }
            case DeviceCodeStore.Poll.Pending() -> throw rfc("authorization_pending", "The user has not approved the code yet");
            case DeviceCodeStore.Poll.SlowDown(Duration interval) ->
                    throw new ApiException(400, "slow_down", Map.of("error_description", "Polling too fast",
                            "interval", interval.toSeconds()));
            case DeviceCodeStore.Poll.Denied() -> throw rfc("access_denied", "The user denied the request");
            case DeviceCodeStore.Poll.Expired() -> throw rfc("expired_token", "The code expired; start again");
            case DeviceCodeStore.Poll.Unknown() -> throw rfc("invalid_grant", "Unknown or already used device_code");
        }
    }

    private void spend(String key, int limit, Duration window) {
        RateLimiter.Decision decision = limiter.tryAcquire(key, limit, window);
        if (!decision.allowed()) {
            throw new TooManyRequests("Too many requests; try again in " + decision.retryAfterSeconds() + " s", decision);
        }
    }

    private String userCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Case, dashes and spaces do not matter when the user types the code. */
    static String normalise(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    private static String display(String code) {
        return code.length() == 8 ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }

    private static ApiException noSuchCode() {
        return new ApiException(404, "No pending request with that code (it may have expired)", Map.of("field", "user_code"));
    }

    private static ApiException rfc(String error, String description) {
        return new ApiException(400, error, Map.of("error_description", description));
    }
}
