package dev.codehabit.agent.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.config.Settings;
import dev.codehabit.agent.store.Database;
import dev.codehabit.agent.store.RollupDeltas;
import dev.codehabit.agent.store.TimelineWriter;
import dev.codehabit.agent.timeline.DaySplitter;
import dev.codehabit.agent.timeline.SpanRule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Accepts heartbeats from the bridges: validates each one on its own, then commits all valid ones of a
 * request in one SQLite transaction before answering, so a success reply means the data is on disk.
 */
public final class IngestService {
    private final Database db;
    private final HeartbeatParser parser;
    private final TimelineWriter timeline;
    private final Supplier<Settings> settings;
    private final Clock clock;
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
    private final List<Predicate<Heartbeat>> gates = new CopyOnWriteArrayList<>();

    public IngestService(Database db, HeartbeatParser parser, TimelineWriter timeline, Supplier<Settings> settings,
                         Clock clock) {
        this.db = db;
        this.parser = parser;
        this.timeline = timeline;
        this.settings = settings;
        this.clock = clock;
    }

    /** Validates and stores a batch; the result list matches the input order one to one. */
    public List<IngestResult> ingestJson(List<JsonNode> items) {
        Batch batch = new Batch();
        items.forEach(batch::add);
        return store(batch);
    }

    /** Stores the valid items of a batch in one transaction; the results match the items' order one to one. */
    public List<IngestResult> store(Batch batch) {
        List<IngestResult> stored = record(batch.valid);
        List<IngestResult> results = new ArrayList<>(batch.results);
        int next = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                results.set(i, stored.get(next++));
            }
        }
        return results;
    }

    /**
     * Items validated one by one as they arrive, so a streamed bulk request holds heartbeats, never its JSON
     * tree. Nothing is stored until {@link #store(Batch)}.
     */
    public final class Batch {
        private final List<Heartbeat> valid = new ArrayList<>();
        private final List<IngestResult> results = new ArrayList<>(); // null: valid, filled in once stored

        public void add(JsonNode item) {
            try {
                valid.add(parser.parse(item));
                results.add(null);
            } catch (InvalidHeartbeatException e) {
                results.add(new IngestResult.Rejected(e.getMessage()));
            }
        }
    }

    /** Stores already-built heartbeats (the agent's own producers: idle detection, demo data). */
    public List<IngestResult> record(List<Heartbeat> submitted) {
        if (submitted.isEmpty()) {
            return List.of();
        }
        if (!gates.isEmpty()) {
            List<Boolean> kept = submitted.stream().map(h -> gates.stream().allMatch(g -> g.test(h))).toList();
            if (kept.contains(false)) {
                return withDropped(submitted, kept);
            }
        }
        return recordUngated(submitted);
    }

    private List<IngestResult> recordUngated(List<Heartbeat> heartbeats) {
        double receivedAt = clock.millis() / 1000.0;
        Committed committed;
        try {
            committed = db.write(c -> {
                // Read under the write lock: a settings change rebuilds under the same lock, so a batch either
                // runs before the rebuild (which then redoes it) or after it, with the new rules.
                Settings current = settings.get();
                SpanRule rule = new SpanRule(current.keystrokeTimeoutSeconds());
                RollupDeltas deltas = new RollupDeltas(new DaySplitter(current.zone()));
                List<IngestResult> written = new ArrayList<>(heartbeats.size());
                for (Heartbeat h : heartbeats) {
                    TimelineWriter.Written w = timeline.add(c, h, receivedAt, rule, deltas);
                    written.add(new IngestResult.Stored(w.heartbeat(), w.duplicate()));
                }
                return new Committed(written, deltas.flush(c));
            });
        } catch (RuntimeException | Error e) {
            timeline.forgetTails(); // rolled back: the cached stream tails may name rows that no longer exist
            throw e;
        }
        listeners.forEach(l -> l.accept(committed.days()));
        return committed.results();
    }

    /**
     * Adds a condition every heartbeat must meet to be stored (tracking paused, a source switched off).
     * Refused heartbeats are acknowledged like duplicates, so clients drop them instead of queueing them
     * for a later retry that would store them after all.
     */
    public void addGate(Predicate<Heartbeat> accept) {
        gates.add(accept);
    }

    private List<IngestResult> withDropped(List<Heartbeat> submitted, List<Boolean> kept) {
        List<Heartbeat> toStore = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            if (kept.get(i)) {
                toStore.add(submitted.get(i));
            }
        }
        List<IngestResult> stored = toStore.isEmpty() ? List.of() : recordUngated(toStore);
        List<IngestResult> out = new ArrayList<>(submitted.size());
        int next = 0;
        for (int i = 0; i < submitted.size(); i++) {
            out.add(kept.get(i) ? stored.get(next++) : new IngestResult.Stored(submitted.get(i), true));
        }
        return out;
    }

    /** Called after every committed batch with the days (YYYY-MM-DD) it changed; must return quickly. */
    public void onIngested(Consumer<Set<String>> listener) {
        listeners.add(listener);
    }

    private record Committed(List<IngestResult> results, Set<String> days) {}
}
