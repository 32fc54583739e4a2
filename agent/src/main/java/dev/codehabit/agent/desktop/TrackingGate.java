package dev.codehabit.agent.desktop;

import dev.codehabit.agent.activity.Heartbeat;

import java.util.function.Predicate;

/**
 * No heartbeats are stored while tracking is paused (sources switched off in Settings are kept out by the
 * core's {@link dev.codehabit.agent.ingest.TrackedSources}). Span-ending signals always pass: they only end time.
 */
public final class TrackingGate implements Predicate<Heartbeat> {
    private final TrackingControl tracking;

    public TrackingGate(TrackingControl tracking) {
        this.tracking = tracking;
    }

    @Override
    public boolean test(Heartbeat h) {
        if (h.endsSpan()) {
            return true;
        }
        return tracking.acceptsActivity();
    }
}
