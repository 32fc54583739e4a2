package dev.codehabit.agent.desktop;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.idle.AwayListener;
import dev.codehabit.agent.ingest.IngestService;
import dev.codehabit.agent.store.Database;

import java.time.Clock;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts away-from-keyboard time out of coding and web spans with the core's own mechanism: an {@code idle}
 * heartbeat ends its stream's span exactly at its time. When the user goes away, both streams end at the last
 * input; while away, any new heartbeat (a browser tab that keeps reporting) is closed again at once, so a span
 * cannot grow until input comes back.
 */
public final class IdleClipper implements AwayListener, TrackingControl.SpanEnder {
    static final String SOURCE = "codehabit-desktop";
    /** How long after a heartbeat seen while away its span is closed: as short as the store's time resolution. */
    private static final double CLOSE_AFTER = 0.001;

    private final IngestService ingest;
    private final Database db;
    private final Clock clock;
    private volatile boolean away;
    private final ThreadLocal<Boolean> recording = ThreadLocal.withInitial(() -> false);

    public IdleClipper(IngestService ingest, Database db, Clock clock) {
        this.ingest = ingest;
        this.db = db;
        this.clock = clock;
        ingest.onIngested(days -> afterIngest());
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

    /**
     * Ends both streams at {@code at}, and closes again right away every span a heartbeat after {@code at}
     * started: those arrived between the last input and the moment the threshold passed.
     */
    @Override
    public void endSpansAt(Instant at) {
        double t = at.toEpochMilli() / 1000.0;
        List<Heartbeat> ends = new ArrayList<>();
        ends.add(idle(Heartbeat.Stream.CODING, t));
        ends.add(idle(Heartbeat.Stream.WEB, t));
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT stream, time FROM heartbeat WHERE time > ? AND (signal IS NULL OR signal = 'focus') ORDER BY time")) {
                s.setDouble(1, t);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ends.add(idle(Heartbeat.Stream.fromKey(rs.getString(1)), rs.getDouble(2) + CLOSE_AFTER));
                    }
                }
            }
            return null;
        });
        recording.set(true);
        try {
            ingest.record(ends);
        } finally {
            recording.set(false);
        }
    }

    private void afterIngest() {
        if (away && !recording.get()) {
            endSpansAt(clock.instant());
        }
    }

    private static Heartbeat idle(Heartbeat.Stream stream, double time) {
        return idleSignal(stream, time, SOURCE);
    }

    /** An end-of-span heartbeat for a stream, as the input hook sends when the user leaves. */
    public static Heartbeat idleSignal(Heartbeat.Stream stream, double time, String source) {
        return new Heartbeat(0, stream, time, "afk:" + stream.key(), "app",
                stream == Heartbeat.Stream.WEB ? "browsing" : "coding", null, null, null, null, source,
                Heartbeat.Signal.IDLE, false, null, null, null, Heartbeat.Counts.NONE, List.of(), null, null);
    }
}
