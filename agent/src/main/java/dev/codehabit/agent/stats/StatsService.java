package dev.codehabit.agent.stats;

import dev.codehabit.agent.config.Settings;
import dev.codehabit.agent.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Answers "how much, on which days" from the daily rollups alone: three indexed range reads whatever the
 * length of the history, so a year on a five-year database costs the same as on a new one.
 */
public final class StatsService {
    /** Ten years: enough for any view, small enough that a typo can't ask for a million empty days. */
    public static final int MAX_DAYS = 3660;

    private final Database db;
    private final Supplier<Settings> settings;

    public StatsService(Database db, Supplier<Settings> settings) {
        this.db = db;
        this.settings = settings;
    }

    public Stats stats(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a range may span at most " + MAX_DAYS + " days");
        }
        Map<LocalDate, DayBuilder> perDay = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            perDay.put(d, new DayBuilder());
        }
        DayBuilder total = new DayBuilder();
        String a = from.toString();
        String b = to.toString();
        long files = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT day, dimension, name, seconds FROM daily_rollup WHERE day BETWEEN ? AND ?")) {
                s.setString(1, a);
                s.setString(2, b);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        double seconds = rs.getDouble(4);
                        if (seconds < 0.0005) {
                            continue; // rounding residue of a span that was moved away
                        }
                        perDay.get(LocalDate.parse(rs.getString(1))).addSeconds(rs.getString(2), rs.getString(3), seconds);
                        total.addSeconds(rs.getString(2), rs.getString(3), seconds);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT day, counter, value FROM daily_counter WHERE day BETWEEN ? AND ?")) {
                s.setString(1, a);
                s.setString(2, b);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        perDay.get(LocalDate.parse(rs.getString(1))).addCounter(rs.getString(2), rs.getLong(3));
                        total.addCounter(rs.getString(2), rs.getLong(3));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT day, count(*) FROM daily_file WHERE day BETWEEN ? AND ? GROUP BY day")) {
                s.setString(1, a);
                s.setString(2, b);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        perDay.get(LocalDate.parse(rs.getString(1))).files = rs.getLong(2);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(DISTINCT entity) FROM daily_file WHERE day BETWEEN ? AND ?")) {
                s.setString(1, a);
                s.setString(2, b);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
        total.files = files;
        List<DayStats> days = new ArrayList<>(perDay.size());
        perDay.forEach((date, builder) -> days.add(new DayStats(date, builder.build())));
        return new Stats(from, to, settings.get().zone(), total.build(), days);
    }

    public Stats today() {
        LocalDate today = LocalDate.now(settings.get().zone());
        return stats(today, today);
    }

    private static final class DayBuilder {
        private final Map<String, Map<String, Double>> seconds = new HashMap<>();
        private final Map<String, Long> counters = new HashMap<>();
        private long files;

        void addSeconds(String dimension, String name, double value) {
            seconds.computeIfAbsent(dimension, k -> new HashMap<>()).merge(name, value, Double::sum);
        }

        void addCounter(String counter, long value) {
            counters.merge(counter, value, Long::sum);
        }

        Totals build() {
            Map<String, Map<String, Double>> sorted = new TreeMap<>();
            seconds.forEach((dimension, names) -> sorted.put(dimension, sortedBySeconds(names)));
            return new Totals(sorted, Map.copyOf(counters), files);
        }

        private static Map<String, Double> sortedBySeconds(Map<String, Double> names) {
            Map<String, Double> out = new LinkedHashMap<>();
            names.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }
}
