package dev.codehabit.agent.store;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.activity.Heartbeat.Stream;
import dev.codehabit.agent.store.HeartbeatDao.StoredHeartbeat;
import dev.codehabit.agent.timeline.SpanRule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds one heartbeat to its stream's timeline inside the caller's transaction: stores it, then fixes the
 * time it and its predecessor contribute and moves that time into the daily rollups. Heartbeats may arrive
 * out of order (an offline queue flushing late): inserting between two neighbours only ever changes the
 * predecessor's contribution and sets the new one's, so the work per heartbeat is constant.
 */
public final class TimelineWriter {
    private final HeartbeatDao dao;
    /**
     * The last heartbeat of each stream, as in the database. Nearly every heartbeat arrives after the one before
     * it, so knowing the tail saves the two neighbour look-ups. The tail always contributes 0 s (nothing follows
     * it yet). Only ever touched by the single writer; forgotten when a transaction rolls back.
     */
    private final Map<Stream, Heartbeat> tails = new ConcurrentHashMap<>();

    public TimelineWriter(HeartbeatDao dao) {
        this.dao = dao;
    }

    /** @return the stored heartbeat, and whether it was already there (an exact duplicate stores nothing) */
    public Written add(Connection c, Heartbeat h, double receivedAt, SpanRule rule, RollupDeltas deltas)
            throws SQLException {
        Optional<Heartbeat> tail = tail(c, h.stream());
        Optional<Long> inserted = dao.insert(c, h, receivedAt);
        if (inserted.isEmpty()) {
            Heartbeat existing = dao.findByKey(c, h)
                    .orElseThrow(() -> new SQLException("duplicate heartbeat vanished"))
                    .heartbeat();
            return new Written(existing, true);
        }
        Heartbeat stored = h.withId(inserted.get());
        boolean appended = tail.isEmpty() || stored.time() >= tail.get().time();
        if (appended) {
            tail.ifPresent(p -> settlePredecessor(c, new StoredHeartbeat(p, 0), stored, rule, deltas));
            tails.put(stored.stream(), stored);
        } else {
            double next = dao.successorTime(c, stored.stream(), stored.time(), stored.id());
            double own = rule.contribution(stored.time(), stored.endsSpan(), next);
            if (own > 0) {
                dao.updateDuration(c, stored.id(), own);
                deltas.addTime(stored, own, +1);
            }
            Optional<StoredHeartbeat> before = dao.predecessor(c, stored.stream(), stored.time(), stored.id());
            if (before.isPresent()) {
                settlePredecessor(c, before.get(), stored, rule, deltas);
            }
        }
        deltas.addCounts(stored);
        return new Written(stored, false);
    }

    /** Must be called when a write transaction that used this writer rolled back, or heartbeats were deleted. */
    public void forgetTails() {
        tails.clear();
    }

    private Optional<Heartbeat> tail(Connection c, Stream stream) throws SQLException {
        Heartbeat known = tails.get(stream);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Heartbeat> loaded = dao.last(c, stream).map(StoredHeartbeat::heartbeat);
        loaded.ifPresent(h -> tails.put(stream, h));
        return loaded;
    }

    private void settlePredecessor(Connection c, StoredHeartbeat p, Heartbeat next, SpanRule rule, RollupDeltas deltas) {
        double updated = rule.contribution(p.heartbeat().time(), p.heartbeat().endsSpan(), next.time());
        if (updated == p.duration()) {
            return;
        }
        try {
            dao.updateDuration(c, p.heartbeat().id(), updated);
        } catch (SQLException e) {
            throw new StoreException("Cannot update a duration", e);
        }
        deltas.addTime(p.heartbeat(), p.duration(), -1);
        deltas.addTime(p.heartbeat(), updated, +1);
    }

    public record Written(Heartbeat heartbeat, boolean duplicate) {}
}
