package dev.codehabit.agent.store;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.activity.Heartbeat.Counts;
import dev.codehabit.agent.timeline.DaySplitter;
import dev.codehabit.agent.timeline.DaySplitter.DayShare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Changes to the daily rollups collected over one write transaction and applied with one upsert per row,
 * so a bulk request of a hundred heartbeats touches each day/dimension row once, not a hundred times.
 */
public final class RollupDeltas {
    private final DaySplitter days;
    private final Map<RollupKey, Double> seconds = new HashMap<>();
    private final Map<CounterKey, Long> counters = new HashMap<>();
    private final Set<FileKey> files = new LinkedHashSet<>();

    public RollupDeltas(DaySplitter days) {
        this.days = days;
    }

    /** Adds (or with a negative sign removes) the time {@code [h.time, h.time + duration)} to h's dimensions. */
    public void addTime(Heartbeat h, double duration, int sign) {
        for (DayShare share : days.split(h.time(), duration)) {
            String day = share.day().toString();
            double delta = sign * share.seconds();
            RollupDimensions.forEach(h, (dimension, name) ->
                    seconds.merge(new RollupKey(day, dimension, name), delta, Double::sum));
        }
    }

    /** Adds a heartbeat's counts to the day it happened on. */
    public void addCounts(Heartbeat h) {
        LocalDate date = days.dayOf(h.time());
        String day = date.toString();
        Counts n = h.counts();
        count(day, "heartbeats", 1);
        count(day, "line_additions", n.lineAdditions());
        count(day, "line_deletions", n.lineDeletions());
        count(day, "generated_additions", n.generatedAdditions());
        count(day, "ai_line_changes", n.aiLineChanges());
        count(day, "human_line_changes", n.humanLineChanges());
        count(day, "keystrokes", n.keystrokes());
        count(day, "characters", n.characters());
        count(day, "tab_switches", n.tabSwitches());
        if (h.isWrite()) {
            count(day, "saves", 1);
        }
        if (h.stream() == Heartbeat.Stream.CODING && n.changesLines()) {
            files.add(new FileKey(day, h.entity()));
        }
    }

    private void count(String day, String counter, long value) {
        if (value != 0) {
            counters.merge(new CounterKey(day, counter), value, Long::sum);
        }
    }

    public void flush(Connection c) throws SQLException {
        if (!seconds.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO daily_rollup (day, dimension, name, seconds) "
                    + "VALUES (?,?,?,?) ON CONFLICT (day, dimension, name) DO UPDATE SET seconds = seconds + excluded.seconds")) {
                for (Map.Entry<RollupKey, Double> e : seconds.entrySet()) {
                    if (e.getValue() == 0) {
                        continue;
                    }
                    s.setString(1, e.getKey().day());
                    s.setString(2, e.getKey().dimension());
                    s.setString(3, e.getKey().name());
                    s.setDouble(4, e.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (!counters.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO daily_counter (day, counter, value) VALUES (?,?,?) "
                    + "ON CONFLICT (day, counter) DO UPDATE SET value = value + excluded.value")) {
                for (Map.Entry<CounterKey, Long> e : counters.entrySet()) {
                    s.setString(1, e.getKey().day());
                    s.setString(2, e.getKey().counter());
                    s.setLong(3, e.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (!files.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO daily_file (day, entity) VALUES (?,?)")) {
                for (FileKey f : files) {
                    s.setString(1, f.day());
                    s.setString(2, f.entity());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        seconds.clear();
        counters.clear();
        files.clear();
    }

    private record RollupKey(String day, String dimension, String name) {}

    private record CounterKey(String day, String counter) {}

    private record FileKey(String day, String entity) {}
}
