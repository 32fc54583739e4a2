package dev.codehabit.agent.dashboard;

import dev.codehabit.agent.store.Database;
import dev.codehabit.agent.config.Settings;
import dev.codehabit.agent.stats.StatsService;
import dev.codehabit.agent.store.RollupDimensions;
import dev.codehabit.agent.stats.Totals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a filtered page's {@link FilteredView} in one range scan of the heartbeats (index
 * {@code heartbeat_stream_time}): the hour profile and the cross-dimension breakdown come from the same rows. The
 * same scan sums a filter's time in a range that does not end at midnight (the trend's "so far").
 *
 * <p>Time counts where it falls, as in the rollups: a heartbeat whose span crosses the range's start or end adds
 * only its part inside the range, so a project's languages add up to the project's figure on the same page.
 */
final class FilteredViewQuery {
    /** The scan starts this much before the range to find a span that began earlier and runs into it. */
    static final double LONGEST_HEARTBEAT_SECONDS = Settings.MAX_KEYSTROKE_TIMEOUT_SECONDS;
    /** The coding dimensions the breakdown lists show (their column names are the dimensions' names). */
    private static final List<String> CODING_DIMENSIONS = List.of(RollupDimensions.LANGUAGE, RollupDimensions.PROJECT);

    private final Database db;

    FilteredViewQuery(Database db) {
        this.db = db;
    }

    FilteredView read(double from, double to, DashboardFilter filter, ZoneId zone) {
        List<String> split = splitBy(filter);
        double[][] hours = new double[7][24];
        Map<String, Map<String, Double>> seconds = new HashMap<>();
        scan(from, to, filter, (start, end, row) -> {
            addSplitByHour(hours, start, end, zone);
            for (int i = 0; i < split.size(); i++) {
                seconds.computeIfAbsent(split.get(i), k -> new HashMap<>())
                        .merge(row.getString(3 + i), end - start, Double::sum);
            }
        });
        Map<String, Map<String, Double>> ranked = new TreeMap<>();
        seconds.forEach((dimension, names) -> {
            names.values().removeIf(v -> v < StatsService.RESIDUE);
            ranked.put(dimension, Totals.ranked(names));
        });
        return new FilteredView(hours, new Totals(ranked, filter.isCoding() ? counters(from, to, filter) : Map.of(), 0));
    }

    /**
     * The filtered item's keystrokes and line changes in {@code [from, to)}: counted on the heartbeat that carries
     * them, as the daily counters are (every heartbeat, also those that contribute no time).
     */
    private Map<String, Long> counters(double from, double to, DashboardFilter filter) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT coalesce(sum(keystrokes), 0), "
                    + "coalesce(sum(line_additions), 0), coalesce(sum(line_deletions), 0) FROM heartbeat "
                    + "WHERE time >= ? AND time < ? AND " + where(filter))) {
                s.setDouble(1, from);
                s.setDouble(2, to);
                s.setString(3, filter.name());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return Map.of("keystrokes", rs.getLong(1), "line_additions", rs.getLong(2),
                            "line_deletions", rs.getLong(3));
                }
            }
        });
    }

    /** The filtered item's time in {@code [from, to)}, or all coding time for no filter. */
    double seconds(double from, double to, DashboardFilter filter) {
        double[] sum = {0};
        scan(from, to, filter, (start, end, row) -> sum[0] += end - start);
        return sum[0];
    }

    /** Hands each heartbeat's part inside {@code [from, to)} to {@code piece}, with its row for the split columns. */
    private void scan(double from, double to, DashboardFilter filter, Piece piece) {
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql(filter))) {
                s.setDouble(1, from - LONGEST_HEARTBEAT_SECONDS);
                s.setDouble(2, to);
                if (!filter.isNone()) {
                    s.setString(3, filter.name());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        double start = Math.max(from, rs.getDouble(1));
                        double end = Math.min(to, rs.getDouble(1) + rs.getDouble(2));
                        if (end > start) {
                            piece.accept(start, end, rs);
                        }
                    }
                }
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface Piece {
        void accept(double start, double end, ResultSet row) throws java.sql.SQLException;
    }

    /**
     * The dimensions a filter's time is split by: the other coding ones for a project or language (its own would be
     * the one name), none for a site.
     */
    private static List<String> splitBy(DashboardFilter filter) {
        if (filter.isNone()) {
            return List.of();
        }
        return CODING_DIMENSIONS.stream().filter(d -> FilteredView.narrows(filter.dimension(), d)).toList();
    }

    /** The scan for a filter; parameters: from (minus the lookback), to, the filtered name (none for no filter). */
    static String sql(DashboardFilter filter) {
        StringBuilder select = new StringBuilder("SELECT time, duration");
        splitBy(filter).forEach(d -> select.append(", ").append(named(d)));
        return select + " FROM heartbeat WHERE time >= ? AND time < ? AND duration > 0 AND " + where(filter);
    }

    /** The condition for the filtered item's heartbeats (its name the last parameter), or all coding for none. */
    private static String where(DashboardFilter filter) {
        return filter.isNone() ? "stream = 'coding'" : switch (filter.dimension()) {
            case RollupDimensions.PROJECT -> "stream = 'coding' AND " + named("project") + " = ?";
            case RollupDimensions.LANGUAGE -> "stream = 'coding' AND " + named("language") + " = ?";
            case RollupDimensions.DOMAIN -> "stream = 'web' AND entity = ?";
            default -> throw new IllegalArgumentException("cannot filter by " + filter.dimension());
        };
    }

    /**
     * A column under the name its rollup rows carry: {@code RollupDimensions} files a missing or blank project or
     * language as "Unknown", so a plain {@code coalesce(column, 'Unknown')} would miss the blank ones.
     */
    private static String named(String column) {
        return "CASE WHEN trim(coalesce(" + column + ", ''), char(32, 9, 10, 11, 12, 13)) = '' THEN '"
                + RollupDimensions.UNKNOWN + "' ELSE " + column + " END";
    }

    /**
     * Adds [start, end) to the local weekday/hour cells it covers. Plain arithmetic on local epoch seconds (the
     * zone's offset looked up once per piece) rather than a ZonedDateTime per row: a year is ~100k rows.
     */
    private static void addSplitByHour(double[][] out, double start, double end, ZoneId zone) {
        var rules = zone.getRules();
        double t = start;
        while (t < end) {
            long epoch = (long) Math.floor(t);
            int offset = rules.getOffset(Instant.ofEpochSecond(epoch)).getTotalSeconds();
            double local = t + offset;
            long localHour = (long) Math.floor(local / 3600);
            double hourEnd = (localHour + 1) * 3600.0 - offset;
            double piece = Math.min(end, hourEnd) - t;
            int hour = (int) Math.floorMod(localHour, 24L);
            int weekday = (int) Math.floorMod(Math.floorDiv(localHour, 24L) + 3, 7L); // 1970-01-01 was a Thursday
            out[weekday][hour] += piece;
            t += Math.max(piece, 0.001);
        }
    }
}
