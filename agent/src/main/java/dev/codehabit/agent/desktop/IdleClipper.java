package dev.codehabit.agent.desktop;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.idle.AwayListener;
import dev.codehabit.agent.ingest.IngestService;
import dev.codehabit.agent.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Cuts away-from-keyboard time out of coding and web spans with the core's own mechanism: an {@code idle}
 * heartbeat ends its stream's span exactly at its time. When the user goes away, both streams end at the last
 * input; while away, any new heartbeat (a browser tab that keeps reporting) is closed again at once, so a span
 * cannot grow until input comes back. The one exception, a setting: a browser tab playing sound keeps the web
 * span going ({@link AudibleWebSpan} has the rule); coding is clipped all the same.
 */
public final class IdleClipper implements AwayListener, TrackingControl.SpanEnder {
    static final String SOURCE = "codehabit-desktop";

    private final IngestService ingest;
    private final Database db;
    private final Clock clock;
    private final BooleanSupplier audibleKeepsActive;
    private volatile boolean away;
    private final ThreadLocal<Boolean> recording = ThreadLocal.withInitial(() -> false);
    /** Guarded by this: the web stream's state while away, since when, and the last heartbeat id looked at. */
    private final AudibleWebSpan web = new AudibleWebSpan();
    private double awaySince;
    private long seen;

    /** @param audibleKeepsActive read at every decision, so turning the setting off applies to the next heartbeats */
    public IdleClipper(IngestService ingest, Database db, Clock clock, BooleanSupplier audibleKeepsActive) {
        this.ingest = ingest;
        this.db = db;
        this.clock = clock;
        this.audibleKeepsActive = audibleKeepsActive;
        ingest.onIngested(days -> afterIngest());
    }

    @Override
    public synchronized void away(Instant lastInput) {
        away = true;
        double t = seconds(lastInput);
        boolean enabled = audibleKeepsActive.getAsBoolean();
        List<Heartbeat> ends = new ArrayList<>();
        ends.add(idle(Heartbeat.Stream.CODING, t));
        AudibleWebSpan.Beat before = db.read(c -> lastWebBeatUpTo(c, t));
        addWebEnd(ends, web.start(t, before, enabled));
        awaySince = t;
        seen = 0; // every heartbeat after the last input, whenever it was stored
        ends.addAll(closeNew(enabled));
        record(ends);
    }

    @Override
    public synchronized void back(Instant at) {
        away = false;
        List<Heartbeat> ends = new ArrayList<>();
        addWebEnd(ends, web.lapse(seconds(at))); // sound that stopped while away ends there, not now
        record(ends);
        web.stop();
    }

    /**
     * Ends both streams at {@code at} (pausing: no exception for sound), and closes again right away every span a
     * heartbeat after {@code at} started: those arrived between the last input and the moment the threshold passed.
     */
    @Override
    public void endSpansAt(Instant at) {
        double t = seconds(at);
        List<Heartbeat> ends = new ArrayList<>(closing(Heartbeat.Stream.CODING, t));
        ends.addAll(closing(Heartbeat.Stream.WEB, t));
        record(ends);
    }

    private void afterIngest() {
        if (!away || recording.get()) {
            return;
        }
        synchronized (this) {
            if (!away) {
                return;
            }
            record(closeNew(audibleKeepsActive.getAsBoolean()));
        }
    }

    /** An idle signal for the stream at {@code t}, and one just after every span a later heartbeat started. */
    private List<Heartbeat> closing(Heartbeat.Stream stream, double t) {
        List<Heartbeat> ends = new ArrayList<>();
        ends.add(idle(stream, t));
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT time FROM heartbeat WHERE stream = ? AND time > ? "
                    + "AND (signal IS NULL OR signal = 'focus') ORDER BY time")) {
                s.setString(1, stream.key());
                s.setDouble(2, t);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ends.add(idle(stream, rs.getDouble(1) + AudibleWebSpan.CLOSE_AFTER));
                    }
                }
            }
            return null;
        });
        return ends;
    }

    /**
     * Ends for what was stored since the last look: a coding heartbeat's span is closed at once; web heartbeats go
     * through the sound rule, which also ends a kept span whose sound has not been heard for too long.
     */
    private List<Heartbeat> closeNew(boolean enabled) {
        List<Heartbeat> ends = new ArrayList<>();
        List<AudibleWebSpan.Beat> webBeats = new ArrayList<>();
        db.read(c -> {
            // Ids only grow, so "id > seen" is exactly what arrived since; heartbeats from before the last input
            // (a bridge's queue flushed late) are the user's own time and stay as they are.
            try (PreparedStatement s = c.prepareStatement("SELECT id, time, signal, audible, stream FROM heartbeat "
                    + "WHERE id > ? AND time > ? AND source <> ? ORDER BY time, id")) {
                s.setLong(1, seen);
                s.setDouble(2, awaySince);
                s.setString(3, SOURCE);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        seen = Math.max(seen, rs.getLong(1));
                        AudibleWebSpan.Beat beat = beat(rs);
                        if (Heartbeat.Stream.fromKey(rs.getString(5)) == Heartbeat.Stream.WEB) {
                            webBeats.add(beat);
                        } else if (!beat.endsSpan()) {
                            ends.add(idle(Heartbeat.Stream.CODING, beat.time() + AudibleWebSpan.CLOSE_AFTER));
                        }
                    }
                }
            }
            return null;
        });
        web.next(webBeats, enabled).forEach(time -> ends.add(idle(Heartbeat.Stream.WEB, time)));
        addWebEnd(ends, web.lapse(seconds(clock.instant())));
        return ends;
    }

    private static void addWebEnd(List<Heartbeat> ends, double time) {
        if (!Double.isNaN(time)) {
            ends.add(idle(Heartbeat.Stream.WEB, time));
        }
    }

    private static AudibleWebSpan.Beat lastWebBeatUpTo(Connection c, double t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, time, signal, audible FROM heartbeat "
                + "WHERE stream = 'web' AND time <= ? ORDER BY time DESC, id DESC LIMIT 1")) {
            s.setDouble(1, t);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? beat(rs) : null;
            }
        }
    }

    /** Columns: id, time, signal, audible. */
    private static AudibleWebSpan.Beat beat(ResultSet rs) throws SQLException {
        String signal = rs.getString(3);
        boolean ends = signal != null && Heartbeat.Signal.fromKey(signal).endsSpan();
        return new AudibleWebSpan.Beat(rs.getDouble(2), rs.getInt(4) != 0, ends);
    }

    private void record(List<Heartbeat> ends) {
        if (ends.isEmpty()) {
            return;
        }
        recording.set(true);
        try {
            ingest.record(ends);
        } finally {
            recording.set(false);
        }
    }

    private static double seconds(Instant at) {
        return at.toEpochMilli() / 1000.0;
    }

    private static Heartbeat idle(Heartbeat.Stream stream, double time) {
        return idleSignal(stream, time, SOURCE);
    }

    /** An end-of-span heartbeat for a stream, as the input hook sends when the user leaves. */
    public static Heartbeat idleSignal(Heartbeat.Stream stream, double time, String source) {
        return new Heartbeat(0, stream, time, "afk:" + stream.key(), "app",
                stream == Heartbeat.Stream.WEB ? "browsing" : "coding", null, null, null, null, source,
                Heartbeat.Signal.IDLE, false, null, null, null, Heartbeat.Counts.NONE, List.of(), null, null, false);
    }
}
