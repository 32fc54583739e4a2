package dev.codehabit.agent.desktop;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.config.Settings;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Which heartbeats are stored: none while tracking is paused, none of a source the user switched off in
 * Settings (browser → web stream, IDE → coding stream). Span-ending signals always pass: they only end time.
 */
public final class TrackingGate implements Predicate<Heartbeat> {
    private final TrackingControl tracking;
    private final Supplier<Settings> settings;

    public TrackingGate(TrackingControl tracking, Supplier<Settings> settings) {
        this.tracking = tracking;
        this.settings = settings;
    }

    @Override
    public boolean test(Heartbeat h) {
        if (h.endsSpan()) {
            return true;
        }
        if (!tracking.acceptsActivity()) {
            return false;
        }
        Settings s = settings.get();
        return h.stream() == Heartbeat.Stream.WEB ? s.trackBrowser() : s.trackIde();
    }
}
