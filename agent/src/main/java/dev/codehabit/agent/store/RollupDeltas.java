package dev.codehabit.agent.store;

import dev.codehabit.agent.activity.Counter;
import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.activity.Heartbeat.Counts;
import dev.codehabit.agent.timeline.DaySplitter;
import dev.codehabit.agent.timeline.DaySplitter.DayShare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
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
    private final Map<HourKey, Double> hourly = new HashMap<>();
    private final Map<CounterKey, Long> counters = new HashMap<>();
    private final Set<FileKey> files = new LinkedHashSet<>();

    public RollupDeltas(DaySplitter days) {
        this.days = days;
    }

    /** Adds (or with a negative sign removes) the time {@code [h.time, h.time + duration)} to h's dimensions. */
    public void addTime(Heartbeat h, double duration, int sign) {
        String stream = h.stream().key();
        for (DaySplitter.HourShare share : days.splitHours(h.time(), duration)) {
            hourly.merge(new HourKey(share.day().toString(), share.hour(), stream), sign * share.seconds(), Double::sum);
        }
        for (DayShare share : days.split(h.time(), duration)) {
            String day = share.day().toString();
            double delta = sign * share.seconds();
            RollupDimensions.forEach(h, (dimension, name) -> {
                seconds.merge(new RollupKey(day, dimension, name), delta, Double::sum);
            });
        }
    }

    /** Adds a heartbeat's counts to the day it happened on. */
    public void addCounts(Heartbeat h) {
        LocalDate date = days.dayOf(h.time());
        String day = date.toString();
        Counts n = h.counts();
        count(day, Counter.HEARTBEATS, 1);
        count(day, Counter.LINE_ADDITIONS, n.lineAdditions());
        count(day, Counter.LINE_DELETIONS, n.lineDeletions());
        count(day, Counter.GENERATED_ADDITIONS, n.generatedAdditions());
        count(day, Counter.AI_LINE_CHANGES, n.aiLineChanges());
        count(day, Counter.HUMAN_LINE_CHANGES, n.humanLineChanges());
        count(day, Counter.KEYSTROKES, n.keystrokes());
        count(day, Counter.CHARACTERS, n.characters());
        count(day, Counter.TAB_SWITCHES, n.tabSwitches());
        if (h.isWrite()) {
            count(day, Counter.SAVES, 1);
        }
        if (h.stream() == Heartbeat.Stream.CODING && n.changesLines()) {
            files.add(new FileKey(day, h.entity()));
        }
    }

    private void count(String day, Counter counter, long value) {
        if (value != 0) {
            counters.merge(new CounterKey(day, counter.key()), value, Long::sum);
        }
    }

    /** Writes the collected changes; returns the days (YYYY-MM-DD) whose rollups changed. */
    public Set<String> flush(Connection c) throws SQLException {
        Set<String> touched = new HashSet<>();
        seconds.keySet().forEach(k -> touched.add(k.day()));
        counters.keySet().forEach(k -> touched.add(k.day()));
        files.forEach(f -> touched.add(f.day()));
        upsertSeconds(c, "daily_rollup", "day", seconds);
        if (!hourly.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hourly_rollup (day, hour, stream, seconds) "
                    + "VALUES (?,?,?,?) ON CONFLICT (day, hour, stream) DO UPDATE SET seconds = seconds + excluded.seconds")) {
                for (Map.Entry<HourKey, Double> e : hourly.entrySet()) {
                    s.setString(1, e.getKey().day());
                    s.setInt(2, e.getKey().hour());
                    s.setString(3, e.getKey().stream());
                    s.setDouble(4, e.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (!files.isEmpty()) {
            // A file's first change of the day also bumps that day's files_modified counter, so reading a
            // day's count never has to count the daily_file rows.
            try (PreparedStatement daily = c.prepareStatement("INSERT OR IGNORE INTO daily_file (day, entity) VALUES (?,?)");
                 PreparedStatement month = c.prepareStatement("INSERT OR IGNORE INTO monthly_file (month, entity) VALUES (?,?)")) {
                for (FileKey f : files) {
                    daily.setString(1, f.day());
                    daily.setString(2, f.entity());
                    if (daily.executeUpdate() == 1) {
                        counters.merge(new CounterKey(f.day(), Counter.FILES_MODIFIED.key()), 1L, Long::sum);
                        month.setString(1, f.day().substring(0, 7));
                        month.setString(2, f.entity());
                        month.executeUpdate();
                    }
                }
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
        seconds.clear();
        hourly.clear();
        counters.clear();
        files.clear();
        return touched;
    }

    private static void upsertSeconds(Connection c, String table, String period, Map<RollupKey, Double> deltas)
            throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (" + period + ", dimension, name, seconds) "
                + "VALUES (?,?,?,?) ON CONFLICT (" + period + ", dimension, name) DO UPDATE SET seconds = seconds + excluded.seconds")) {
            for (Map.Entry<RollupKey, Double> e : deltas.entrySet()) {
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

    // The keys below spell out hashCode and equals: they are the ingest path's hottest code, and the
    // generated record versions go through method handles that the agent's C1-only JIT does not inline.

    private record RollupKey(String day, String dimension, String name) {
        @Override
        public int hashCode() {
            return (day.hashCode() * 31 + dimension.hashCode()) * 31 + name.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RollupKey k && day.equals(k.day) && dimension.equals(k.dimension) && name.equals(k.name);
        }
    }

    private record CounterKey(String day, String counter) {
        @Override
        public int hashCode() {
            return day.hashCode() * 31 + counter.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CounterKey k && day.equals(k.day) && counter.equals(k.counter);
        }
    }

    private record FileKey(String day, String entity) {}

    private record HourKey(String day, int hour, String stream) {}
}
