package dev.codehabit.agent.ingest;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.config.Settings;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Keeps out the heartbeats of a source the user switched off in Settings (browser → web stream, IDE →
 * coding stream), headless or not. Span-ending signals always pass: they only end time.
 */
public final class TrackedSources implements Predicate<Heartbeat> {
    private final Supplier<Settings> settings;

    public TrackedSources(Supplier<Settings> settings) {
        this.settings = settings;
    }

    @Override
    public boolean test(Heartbeat h) {
        if (h.endsSpan()) {
            return true;
        }
        Settings s = settings.get();
        return h.stream() == Heartbeat.Stream.WEB ? s.trackBrowser() : s.trackIde();
    }
}
