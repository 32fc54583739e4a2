package dev.codehabit.agent.store;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.store.HeartbeatDao.StoredHeartbeat;
import dev.codehabit.agent.timeline.SpanRule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Adds one heartbeat to its stream's timeline inside the caller's transaction: stores it, then fixes the
 * time it and its predecessor contribute and moves that time into the daily rollups. Heartbeats may arrive
 * out of order (an offline queue flushing late): inserting between two neighbours only ever changes the
 * predecessor's contribution and sets the new one's, so the work per heartbeat is constant.
 */
public final class TimelineWriter {
    private final HeartbeatDao dao;

    public TimelineWriter(HeartbeatDao dao) {
        this.dao = dao;
    }

    /** @return the stored heartbeat, and whether it was already there (an exact duplicate stores nothing) */
    public Written add(Connection c, Heartbeat h, double receivedAt, SpanRule rule, RollupDeltas deltas)
            throws SQLException {
        Optional<Long> inserted = dao.insert(c, h, receivedAt);
        if (inserted.isEmpty()) {
            Heartbeat existing = dao.findByKey(c, h.time(), h.entity(), h.source())
                    .orElseThrow(() -> new SQLException("duplicate heartbeat vanished"))
                    .heartbeat();
            return new Written(existing, true);
        }
        Heartbeat stored = h.withId(inserted.get());
        double next = dao.successorTime(c, stored.stream(), stored.time(), stored.id());
        double own = rule.contribution(stored.time(), stored.endsSpan(), next);
        if (own > 0) {
            dao.updateDuration(c, stored.id(), own);
            deltas.addTime(stored, own, +1);
        }
        Optional<StoredHeartbeat> before = dao.predecessor(c, stored.stream(), stored.time(), stored.id());
        if (before.isPresent()) {
            StoredHeartbeat p = before.get();
            double updated = rule.contribution(p.heartbeat().time(), p.heartbeat().endsSpan(), stored.time());
            if (updated != p.duration()) {
                dao.updateDuration(c, p.heartbeat().id(), updated);
                deltas.addTime(p.heartbeat(), p.duration(), -1);
                deltas.addTime(p.heartbeat(), updated, +1);
            }
        }
        deltas.addCounts(stored);
        return new Written(stored, false);
    }

    public record Written(Heartbeat heartbeat, boolean duplicate) {}
}
