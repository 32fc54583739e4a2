package dev.codehabit.agent.store;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.store.HeartbeatDao.StoredHeartbeat;
import dev.codehabit.agent.timeline.DaySplitter;
import dev.codehabit.agent.timeline.SpanRule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes every duration and daily rollup from the raw heartbeats. Needed only when what they depend on
 * changes (the time zone moves midnight, the keystroke timeout changes which gaps count); the facts they
 * were built with are kept in {@code meta}, so a change made while the agent was stopped is caught at start.
 */
public final class RollupRebuilder {
    private final Database db;
    private final HeartbeatDao dao;

    public RollupRebuilder(Database db, HeartbeatDao dao) {
        this.db = db;
        this.dao = dao;
    }

    /** Rebuilds when the stored basis differs from the given one; returns whether it did. */
    public boolean rebuildIfStale(SpanRule rule, DaySplitter days) {
        String basis = basis(rule, days);
        Optional<String> stored = db.read(c -> readMeta(c, "rollup_basis"));
        if (stored.isPresent() && stored.get().equals(basis)) {
            return false;
        }
        boolean empty = db.read(c -> dao.count(c) == 0);
        if (empty) {
            db.write(c -> writeMeta(c, "rollup_basis", basis));
            return false;
        }
        rebuild(rule, days);
        return true;
    }

    public void rebuild(SpanRule rule, DaySplitter days) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM daily_rollup");
                s.executeUpdate("DELETE FROM daily_counter");
                s.executeUpdate("DELETE FROM daily_file");
                s.executeUpdate("DELETE FROM monthly_file");
                s.executeUpdate("DELETE FROM hourly_rollup");
            }
            RollupDeltas deltas = new RollupDeltas(days);
            List<DurationChange> changes = new ArrayList<>();
            StoredHeartbeat[] previous = {null};
            dao.forEach(c, current -> {
                StoredHeartbeat p = previous[0];
                if (p != null && p.heartbeat().stream() == current.heartbeat().stream()) {
                    settle(p, current.heartbeat().time(), rule, deltas, changes);
                } else if (p != null) {
                    settle(p, Double.NaN, rule, deltas, changes);
                }
                deltas.addCounts(current.heartbeat());
                previous[0] = current;
            });
            if (previous[0] != null) {
                settle(previous[0], Double.NaN, rule, deltas, changes);
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE heartbeat SET duration = ? WHERE id = ?")) {
                for (DurationChange change : changes) {
                    s.setDouble(1, change.duration());
                    s.setLong(2, change.id());
                    s.addBatch();
                }
                s.executeBatch();
            }
            deltas.flush(c);
            writeMeta(c, "rollup_basis", basis(rule, days));
            return null;
        });
    }

    private static void settle(StoredHeartbeat p, double nextTime, SpanRule rule, RollupDeltas deltas,
                               List<DurationChange> changes) {
        Heartbeat h = p.heartbeat();
        double duration = rule.contribution(h.time(), h.endsSpan(), nextTime);
        deltas.addTime(h, duration, +1);
        if (duration != p.duration()) {
            changes.add(new DurationChange(h.id(), duration));
        }
    }

    /** The zone the stored rollups were built in, if any were. */
    public Optional<java.time.ZoneId> builtZone() {
        return db.read(c -> readMeta(c, "rollup_basis"))
                .map(b -> b.substring("zone=".length(), b.indexOf(';')))
                .map(java.time.ZoneId::of);
    }

    /** What the derived tables were built with; {@code tables} names their layout, so adding one rebuilds. */
    private record DurationChange(long id, double duration) {}

    private static String basis(SpanRule rule, DaySplitter days) {
        return "zone=" + days.zone().getId() + ";timeout=" + rule.timeoutSeconds() + ";tables=2";
    }

    private static Optional<String> readMeta(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static Void writeMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
        return null;
    }
}
