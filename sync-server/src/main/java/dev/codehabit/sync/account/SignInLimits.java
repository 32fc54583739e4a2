package dev.codehabit.sync.account;

import java.time.Duration;

/**
 * How many password sign-ins are tried before a 429: per client address (someone guessing many accounts) and
 * per account (many addresses guessing one). Every attempt counts, successful ones too, so the per-account
 * budget is also the most a stranger can spend to lock a user out for one window.
 */
public record SignInLimits(int perAddress, int perAccount, Duration window) {
    public static final SignInLimits DEFAULT = new SignInLimits(30, 10, Duration.ofMinutes(15));
}
