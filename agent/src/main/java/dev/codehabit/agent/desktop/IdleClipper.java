package dev.codehabit.agent.desktop;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.idle.AwayListener;
import dev.codehabit.agent.ingest.IngestService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Cuts away-from-keyboard time out of coding and web spans with the core's own mechanism: an {@code idle}
 * heartbeat ends its stream's span exactly at its time. When the user goes away, both streams end at the last
 * input; while away, any new heartbeat (a browser tab that keeps reporting) is closed again at once, so a span
 * cannot grow until input comes back.
 */
public final class IdleClipper implements AwayListener, TrackingControl.SpanEnder {
    static final String SOURCE = "codehabit-desktop";

    private final IngestService ingest;
    private final Clock clock;
    private volatile boolean away;
    private final ThreadLocal<Boolean> recording = ThreadLocal.withInitial(() -> false);

    public IdleClipper(IngestService ingest, Clock clock) {
        this.ingest = ingest;
        this.clock = clock;
        ingest.onIngested(this::afterIngest);
    }

    @Override
    public void away(Instant lastInput) {
        away = true;
        endSpansAt(lastInput);
    }

    @Override
    public void back(Instant at) {
        away = false;
    }

    public boolean isAway() {
        return away;
    }

    @Override
    public void endSpansAt(Instant at) {
        double t = at.toEpochMilli() / 1000.0;
        recording.set(true);
        try {
            ingest.record(List.of(idle(Heartbeat.Stream.CODING, t), idle(Heartbeat.Stream.WEB, t)));
        } finally {
            recording.set(false);
        }
    }

    private void afterIngest() {
        if (away && !recording.get()) {
            endSpansAt(clock.instant());
        }
    }

    static Heartbeat idle(Heartbeat.Stream stream, double time) {
        return new Heartbeat(0, stream, time, "afk:" + stream.key(), "app",
                stream == Heartbeat.Stream.WEB ? "browsing" : "coding", null, null, null, null, SOURCE,
                Heartbeat.Signal.IDLE, false, null, null, null, Heartbeat.Counts.NONE, List.of(), null, null);
    }
}
