package dev.codehabit.sync.ratelimit;

import dev.codehabit.sync.redis.Redis;
import dev.codehabit.sync.support.MutableClock;
import dev.codehabit.sync.support.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Both limiters obey the same contract; the Redis one also shares its budget between instances. */
class RateLimiterTest {
    private static RedisServer redisServer;
    private static Redis redis;

    enum Kind { IN_PROCESS, REDIS }

    @BeforeAll
    static void startRedis() {
        redisServer = RedisServer.start();
        redis = new Redis(redisServer.uri());
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
        redisServer.close();
    }

    private static RateLimiter limiter(Kind kind, MutableClock clock) {
        return kind == Kind.REDIS ? new RedisRateLimiter(redis, clock) : new InProcessRateLimiter(clock);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void allowsTheLimitPerWindowThenSaysHowLongToWait(Kind kind) {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:10Z"));
        RateLimiter limiter = limiter(kind, clock);
        String key = "test:" + kind + ":" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(key, 3, Duration.ofMinutes(1)).allowed()).isTrue();
        }
        RateLimiter.Decision denied = limiter.tryAcquire(key, 3, Duration.ofMinutes(1));
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter()).isEqualTo(Duration.ofSeconds(50));
        assertThat(denied.retryAfterSeconds()).isEqualTo(50);
        assertThat(limiter.tryAcquire("other:" + key, 3, Duration.ofMinutes(1)).allowed()).as("keys are separate").isTrue();

        clock.advance(Duration.ofSeconds(50));
        assertThat(limiter.tryAcquire(key, 3, Duration.ofMinutes(1)).allowed()).as("a new window").isTrue();
    }

    @org.junit.jupiter.api.Test
    void redisInstancesShareOneBudget() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        String key = "shared:" + System.nanoTime();
        try (Redis other = new Redis(redisServer.uri())) {
            RateLimiter first = new RedisRateLimiter(redis, clock);
            RateLimiter second = new RedisRateLimiter(other, clock);
            assertThat(first.tryAcquire(key, 2, Duration.ofMinutes(1)).allowed()).isTrue();
            assertThat(second.tryAcquire(key, 2, Duration.ofMinutes(1)).allowed()).isTrue();
            assertThat(first.tryAcquire(key, 2, Duration.ofMinutes(1)).allowed()).isFalse();
            assertThat(redis.client().pttl("rl:" + key + ":60000:" + clock.millis() / 60000))
                    .as("the counter expires by itself").isBetween(1L, 61_000L);
        }
    }
}
