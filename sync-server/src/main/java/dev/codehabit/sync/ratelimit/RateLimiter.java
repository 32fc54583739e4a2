package dev.codehabit.sync.ratelimit;

import java.time.Duration;

/**
 * Counts attempts per key in fixed windows: at most {@code limit} per {@code window}. In-process for a single
 * instance; in Redis when several instances share the load, so a client cannot multiply its allowance by
 * landing on different instances.
 */
public interface RateLimiter {
    /** Counts one attempt under {@code key}; refused attempts count too, so hammering does not help. */
    Decision tryAcquire(String key, int limit, Duration window);

    /** Whether the attempt may go ahead; when not, how long until the window resets (for {@code Retry-After}). */
    record Decision(boolean allowed, Duration retryAfter) {
        public static Decision allow() {
            return new Decision(true, Duration.ZERO);
        }

        public static Decision deny(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }

        /** Whole seconds, rounded up and at least 1: what {@code Retry-After} carries. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
