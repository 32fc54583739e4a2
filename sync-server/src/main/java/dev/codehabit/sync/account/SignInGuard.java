package dev.codehabit.sync.account;

import dev.codehabit.sync.ratelimit.RateLimiter;
import dev.codehabit.sync.ratelimit.TooManyRequests;

import java.util.Locale;

/** Spends one password attempt from the client address's and the account's budgets, or refuses with a 429. */
public final class SignInGuard {
    private final RateLimiter limiter;
    private final SignInLimits limits;

    public SignInGuard(RateLimiter limiter, SignInLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    public void attempt(String clientAddress, String username) {
        limit("signin:ip:" + clientAddress, limits.perAddress());
        limit("signin:account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)), limits.perAccount());
    }

    private void limit(String key, int limit) {
        RateLimiter.Decision decision = limiter.tryAcquire(key, limit, limits.window());
        if (!decision.allowed()) {
            throw new TooManyRequests("Too many sign-in attempts; try again in " + decision.retryAfterSeconds() + " s",
                    decision);
        }
    }
}
