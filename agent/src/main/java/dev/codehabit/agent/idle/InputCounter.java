package dev.codehabit.agent.idle;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Collects input events from the hook thread. Cheap on the hot path (the hook calls it for every mouse move),
 * so it only bumps counters and remembers when the last input happened.
 */
public final class InputCounter {
    private final Clock clock;
    private final LongAdder keys = new LongAdder();
    private final LongAdder clicks = new LongAdder();
    private final LongAdder moves = new LongAdder();
    private final LongAdder wheels = new LongAdder();
    private final AtomicLong lastInputMillis = new AtomicLong(Long.MIN_VALUE);

    public InputCounter(Clock clock) {
        this.clock = clock;
    }

    public void keyPressed() {
        keys.increment();
        touch();
    }

    public void mouseClicked() {
        clicks.increment();
        touch();
    }

    public void mouseMoved() {
        moves.increment();
        touch();
    }

    public void wheelMoved() {
        wheels.increment();
        touch();
    }

    /** The counts since the previous call; the counters start again at zero. */
    public InputCounts drain() {
        return new InputCounts(keys.sumThenReset(), clicks.sumThenReset(), moves.sumThenReset(), wheels.sumThenReset());
    }

    /** When input was last seen, or null if never. */
    public Instant lastInput() {
        long millis = lastInputMillis.get();
        return millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
    }

    private void touch() {
        lastInputMillis.set(clock.millis());
    }
}
