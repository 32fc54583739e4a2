package dev.codehabit.agent.desktop;

import dev.codehabit.agent.idle.AwayListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Suggests a break after a long stretch of uninterrupted input. Being away for the threshold counts as the break
 * and starts the stretch again; after a reminder the next one comes one full stretch later.
 */
public final class BreakReminder implements AwayListener {
    private final Clock clock;
    private final Duration stretch;
    private final Runnable remind;
    private Instant activeSince;

    public BreakReminder(Clock clock, Duration stretch, Runnable remind) {
        this.clock = clock;
        this.stretch = stretch;
        this.remind = remind;
        this.activeSince = clock.instant();
    }

    @Override
    public synchronized void away(Instant lastInput) {
        activeSince = null;
    }

    @Override
    public synchronized void back(Instant at) {
        activeSince = at;
    }

    /** Called periodically; fires the reminder when the stretch is over. */
    public synchronized void check() {
        Instant now = clock.instant();
        if (activeSince != null && !now.isBefore(activeSince.plus(stretch))) {
            activeSince = now;
            remind.run();
        }
    }
}
