package dev.codehabit.sync.ratelimit;

import dev.codehabit.sync.redis.Redis;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The shared rate limiter for several instances: one Redis counter per key and window
 * ({@code rl:{key}:{window}:{window index}}), incremented and given its expiry in one script (atomic on the
 * server), so every instance counts against the same budget and the keys vanish by themselves.
 */
public final class RedisRateLimiter implements RateLimiter {
    private static final String INCREMENT = "local n = redis.call('INCR', KEYS[1]) "
            + "if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";

    private final Redis redis;
    private final Clock clock;

    public RedisRateLimiter(Redis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public Decision tryAcquire(String key, int limit, Duration window) {
        long now = clock.millis();
        long size = window.toMillis();
        long index = now / size;
        String redisKey = "rl:" + key + ":" + size + ":" + index;
        long count = (Long) redis.client().eval(INCREMENT, List.of(redisKey), List.of(String.valueOf(size + 1000)));
        return count <= limit ? Decision.allow() : Decision.deny(Duration.ofMillis((index + 1) * size - now));
    }
}
