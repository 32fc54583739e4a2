package dev.codehabit.agent.stats;

import dev.codehabit.agent.refusal.InvalidInputException;
import dev.codehabit.agent.activity.Counter;
import dev.codehabit.agent.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Answers "how much, on which days" from the rollups alone, never from raw heartbeats.
 *
 * <p>Each day's totals are read once and kept: a day changes only when a write touches it, and the writers
 * say which days they touched ({@link #invalidate}). So a year's view after the first costs one day's read
 * (today, which the bridges keep changing) plus summing in memory. Range-wide distinct file counts come from
 * month rollups plus the loose days at the edges.
 */
public final class StatsService {
    /** Ten years: enough for any view, small enough that a typo can't ask for a million empty days. */
    public static final int MAX_DAYS = 3660;
    /** Two years of days: a few MB at most. */
    private static final int CACHED_DAYS = 800;
    /** Below this a span's leftover is float residue from time moved between days or rows, not activity. */
    public static final double RESIDUE = 0.0005;

    private final Database db;
    private final Supplier<ZoneId> zone;
    private final Map<String, Totals> days = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Totals> eldest) {
            return size() > CACHED_DAYS;
        }
    };
    /** Bumped by every invalidation: a read that raced a write does not cache what it read. */
    private long generation;

    /** @param zone the zone the rollups' days are in */
    public StatsService(Database db, Supplier<ZoneId> zone) {
        this.db = db;
        this.zone = zone;
    }

    /** Totals over [from, to] and each day's totals, with every dimension. */
    public Stats stats(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("'to' must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("a range may span at most " + MAX_DAYS + " days");
        }
        Map<String, Totals> found = new LinkedHashMap<>();
        List<LocalDate> missing = new ArrayList<>();
        long seen;
        synchronized (this) {
            seen = generation;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                Totals cached = days.get(d.toString());
                found.put(d.toString(), cached);
                if (cached == null) {
                    missing.add(d);
                }
            }
        }
        long files = db.read(c -> {
            for (LocalDate[] run : runs(missing)) {
                Map<String, Builder> read = readDays(c, run[0], run[1]);
                read.forEach((day, builder) -> found.put(day, builder.build()));
            }
            return distinctFiles(c, from, to);
        });
        synchronized (this) {
            if (generation == seen) {
                missing.forEach(d -> days.put(d.toString(), found.get(d.toString())));
            }
        }
        List<DayStats> perDay = new ArrayList<>(found.size());
        Builder total = new Builder();
        found.forEach((day, totals) -> {
            perDay.add(new DayStats(LocalDate.parse(day), totals));
            total.add(totals);
        });
        total.files = files;
        return new Stats(from, to, zone.get(), total.build(), perDay);
    }

    public Stats today() {
        LocalDate today = LocalDate.now(zone.get());
        return stats(today, today);
    }

    /** Called after a commit changed the rollups of these days (YYYY-MM-DD). */
    public synchronized void invalidate(Collection<String> changedDays) {
        generation++;
        changedDays.forEach(days::remove);
    }

    /** Called after the derived tables were rebuilt or rows deleted. */
    public synchronized void invalidateAll() {
        generation++;
        days.clear();
    }

    /** Consecutive runs of the given (ascending) days, as [first, last] pairs: usually one or two reads. */
    private static List<LocalDate[]> runs(List<LocalDate> sorted) {
        List<LocalDate[]> runs = new ArrayList<>();
        for (LocalDate d : sorted) {
            if (!runs.isEmpty() && runs.getLast()[1].plusDays(1).equals(d)) {
                runs.getLast()[1] = d;
            } else {
                runs.add(new LocalDate[] {d, d});
            }
        }
        return runs;
    }

    private static Map<String, Builder> readDays(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Builder> perDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            perDay.put(d.toString(), new Builder());
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT day, dimension, name, seconds FROM daily_rollup WHERE day BETWEEN ? AND ?")) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    perDay.get(rs.getString(1)).addSeconds(rs.getString(2), rs.getString(3), rs.getDouble(4));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT day, counter, value FROM daily_counter WHERE day BETWEEN ? AND ?")) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Builder day = perDay.get(rs.getString(1));
                    String counter = rs.getString(2);
                    if (counter.equals(Counter.FILES_MODIFIED.key())) {
                        day.files = rs.getLong(3);
                    } else {
                        day.counters.merge(counter, rs.getLong(3), Long::sum);
                    }
                }
            }
        }
        return perDay;
    }

    /** A file changed on several days counts once over the range. */
    private static long distinctFiles(Connection c, LocalDate from, LocalDate to) throws SQLException {
        PeriodSplit split = PeriodSplit.of(from, to);
        try (PreparedStatement s = c.prepareStatement("SELECT count(DISTINCT entity) FROM ("
                + split.union("entity", "daily_file", "monthly_file") + ")")) {
            List<String> values = split.parameters();
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static final class Builder {
        private final Map<String, Map<String, Double>> seconds = new HashMap<>();
        private final Map<String, Long> counters = new HashMap<>();
        private long files;

        void addSeconds(String dimension, String name, double value) {
            if (value >= RESIDUE) {
                seconds.computeIfAbsent(dimension, k -> new HashMap<>()).merge(name, value, Double::sum);
            }
        }

        void add(Totals day) {
            day.seconds().forEach((dimension, names) -> names.forEach((name, value) ->
                    seconds.computeIfAbsent(dimension, k -> new HashMap<>()).merge(name, value, Double::sum)));
            day.counters().forEach((counter, value) -> counters.merge(counter, value, Long::sum));
        }

        Totals build() {
            Map<String, Map<String, Double>> sorted = new TreeMap<>();
            seconds.forEach((dimension, names) -> sorted.put(dimension, Totals.ranked(names)));
            return new Totals(sorted, Map.copyOf(counters), files);
        }
    }
}
