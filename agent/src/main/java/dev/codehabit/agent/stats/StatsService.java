package dev.codehabit.agent.stats;

import dev.codehabit.agent.config.Settings;
import dev.codehabit.agent.store.Database;
import dev.codehabit.agent.store.RollupDeltas;
import dev.codehabit.agent.store.RollupDimensions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Answers "how much, on which days" from the rollups alone, never from raw heartbeats: a few indexed range
 * reads whatever the length of the history. Range totals are summed by SQLite from month rollups plus the
 * loose days at the edges; per-day rows are read
 * only for the dimensions a caller needs per day (a year of per-day branches is tens of thousands of rows
 * nobody charts).
 */
public final class StatsService {
    /** Ten years: enough for any view, small enough that a typo can't ask for a million empty days. */
    public static final int MAX_DAYS = 3660;

    /** What the dashboard charts per day by default. */
    public static final Set<String> DAILY_DIMENSIONS = Set.of(RollupDimensions.STREAM, RollupDimensions.LANGUAGE,
            RollupDimensions.PROJECT, RollupDimensions.CATEGORY, RollupDimensions.DOMAIN);

    /** Every dimension, per day (WakaTime's summaries list them all for each day). */
    public static final Set<String> ALL_DIMENSIONS = Set.of(RollupDimensions.STREAM, RollupDimensions.LANGUAGE,
            RollupDimensions.PROJECT, RollupDimensions.CATEGORY, RollupDimensions.DOMAIN, RollupDimensions.EDITOR,
            RollupDimensions.BRANCH, RollupDimensions.BROWSER);

    /** Below this a span's leftover is float residue from time moved between days or rows, not activity. */
    private static final double RESIDUE = 0.0005;

    private final Database db;
    private final Supplier<Settings> settings;

    public StatsService(Database db, Supplier<Settings> settings) {
        this.db = db;
        this.settings = settings;
    }

    public Stats stats(LocalDate from, LocalDate to) {
        return stats(from, to, DAILY_DIMENSIONS);
    }

    /** Totals over [from, to] with every dimension, and per day the given dimensions and all counters. */
    public Stats stats(LocalDate from, LocalDate to, Set<String> dailyDimensions) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a range may span at most " + MAX_DAYS + " days");
        }
        Map<String, Builder> perDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            perDay.put(d.toString(), new Builder());
        }
        Builder total = new Builder();
        String a = from.toString();
        String b = to.toString();
        db.read(c -> {
            readTotals(c, from, to, total);
            readDays(c, a, b, dailyDimensions, perDay);
            return null;
        });
        List<DayStats> days = new ArrayList<>(perDay.size());
        perDay.forEach((date, builder) -> days.add(new DayStats(LocalDate.parse(date), builder.build())));
        return new Stats(from, to, settings.get().zone(), total.build(), days);
    }

    public Stats today() {
        LocalDate today = LocalDate.now(settings.get().zone());
        return stats(today, today);
    }

    private static void readTotals(Connection c, LocalDate from, LocalDate to, Builder total) throws SQLException {
        PeriodSplit split = PeriodSplit.of(from, to);
        try (PreparedStatement s = c.prepareStatement("SELECT dimension, name, sum(seconds) FROM ("
                + split.union("dimension, name, seconds", "daily_rollup", "monthly_rollup") + ") GROUP BY dimension, name")) {
            bind(s, split.parameters());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    total.addSeconds(rs.getString(1), rs.getString(2), rs.getDouble(3));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT counter, sum(value) FROM daily_counter "
                + "WHERE day BETWEEN ? AND ? GROUP BY counter")) {
            s.setString(1, from.toString());
            s.setString(2, to.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    total.counters.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        // A file changed on several days counts once over the range.
        try (PreparedStatement s = c.prepareStatement("SELECT count(DISTINCT entity) FROM ("
                + split.union("entity", "daily_file", "monthly_file") + ")")) {
            bind(s, split.parameters());
            try (ResultSet rs = s.executeQuery()) {
                total.files = rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement s, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(i + 1, values.get(i));
        }
    }

    private static void readDays(Connection c, String a, String b, Set<String> dimensions, Map<String, Builder> perDay)
            throws SQLException {
        String in = dimensions.stream().map(d -> "?").collect(Collectors.joining(","));
        try (PreparedStatement s = c.prepareStatement("SELECT day, dimension, name, seconds FROM daily_rollup "
                + "WHERE day BETWEEN ? AND ? AND dimension IN (" + in + ")")) {
            s.setString(1, a);
            s.setString(2, b);
            int i = 3;
            for (String d : dimensions) {
                s.setString(i++, d);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    perDay.get(rs.getString(1)).addSeconds(rs.getString(2), rs.getString(3), rs.getDouble(4));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT day, counter, value FROM daily_counter WHERE day BETWEEN ? AND ?")) {
            s.setString(1, a);
            s.setString(2, b);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Builder day = perDay.get(rs.getString(1));
                    String counter = rs.getString(2);
                    if (counter.equals(RollupDeltas.FILES_MODIFIED)) {
                        day.files = rs.getLong(3);
                    } else {
                        day.counters.put(counter, rs.getLong(3));
                    }
                }
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

        Totals build() {
            counters.remove(RollupDeltas.FILES_MODIFIED);
            Map<String, Map<String, Double>> sorted = new TreeMap<>();
            seconds.forEach((dimension, names) -> sorted.put(dimension, sortedBySeconds(names)));
            return new Totals(sorted, Map.copyOf(counters), files);
        }

        private static Map<String, Double> sortedBySeconds(Map<String, Double> names) {
            if (names.size() == 1) {
                return names;
            }
            Map<String, Double> out = new LinkedHashMap<>();
            names.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }
}
