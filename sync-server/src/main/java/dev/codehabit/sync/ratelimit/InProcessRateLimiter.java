package dev.codehabit.sync.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** The single-instance rate limiter: fixed-window counters in memory, dropped once their window is over. */
public final class InProcessRateLimiter implements RateLimiter {
    private record Window(long index, int count) {}

    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public InProcessRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Decision tryAcquire(String key, int limit, Duration window) {
        long now = clock.millis();
        long size = window.toMillis();
        long index = now / size;
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.index() < index - 1);
        }
        Window counted = windows.merge(key + '@' + size, new Window(index, 1),
                (old, one) -> old.index() == index ? new Window(index, old.count() + 1) : one);
        return counted.count() <= limit ? Decision.allow() : Decision.deny(Duration.ofMillis((index + 1) * size - now));
    }
}
