package dev.codehabit.agent.dashboard;

import dev.codehabit.agent.activity.Heartbeat.Stream;
import dev.codehabit.agent.categories.CategoryService;
import dev.codehabit.agent.config.Settings;
import dev.codehabit.agent.focus.FocusStore;
import dev.codehabit.agent.idle.InputCounts;
import dev.codehabit.agent.idle.InputMinuteTable;
import dev.codehabit.agent.stats.Stats;
import dev.codehabit.agent.stats.StatsService;
import dev.codehabit.agent.store.Database;
import dev.codehabit.agent.timeline.DaySplitter;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the dashboard reads: day totals from the stats service (rollups), and the views rollups cannot give, the
 * spans of one day and a filtered item's hour profile and breakdown, from the heartbeats' stored durations.
 */
public final class DashboardQueries {
    /** Heartbeats of one stream closer than this join into one span on the timeline. */
    private static final double JOIN_SECONDS = 1.0;

    private final Database db;
    private final StatsService stats;
    private final Supplier<Settings> settings;
    private final CategoryService categories;
    private final Supplier<ZoneId> zone;
    private final FilteredViewQuery filteredViews;
    private final FocusStore focusSessions = new FocusStore();

    public DashboardQueries(Database db, StatsService stats, Supplier<Settings> settings, CategoryService categories) {
        this.db = db;
        this.stats = stats;
        this.categories = categories;
        this.settings = settings;
        this.zone = () -> settings.get().zone();
        this.filteredViews = new FilteredViewQuery(db);
    }

    /** The user's daily coding goal in seconds; 0 when none is set. */
    public double dailyGoalSeconds() {
        return settings.get().dailyGoalMinutes() * 60.0;
    }

    public ZoneId zone() {
        return zone.get();
    }

    public LocalDate today() {
        return LocalDate.now(zone.get());
    }

    public Stats stats(LocalDate from, LocalDate to) {
        return stats.stats(from, to);
    }

    /** The user's site categories as they are now (they label web time at read time). */
    public CategoryService.Snapshot categories() {
        return categories.snapshot();
    }

    /**
     * Focus sessions (issue 3's {@code focus_session}) per local day of their start, with the time they really
     * ran: to their end, to when they were ended early, or to now for the running one.
     */
    public java.util.Map<LocalDate, FocusDay> focusPerDay(LocalDate fromDay, LocalDate toDay, double now) {
        ZoneId z = zone.get();
        double from = fromDay.atStartOfDay(z).toEpochSecond();
        double to = toDay.plusDays(1).atStartOfDay(z).toEpochSecond();
        DaySplitter days = new DaySplitter(z);
        return db.read(c -> {
            java.util.Map<LocalDate, FocusDay> out = new java.util.TreeMap<>();
            for (FocusStore.Ran r : focusSessions.ranBetween(c, from, to, now)) {
                out.merge(days.dayOf(r.startedAt()), new FocusDay(1, Math.max(0, r.stoppedAt() - r.startedAt())),
                        (a, b) -> new FocusDay(a.sessions() + b.sessions(), a.seconds() + b.seconds()));
            }
            return out;
        });
    }

    /** Keyboard and mouse counts per minute of the day (from the input hook), for the timeline's input lane. */
    public java.util.Map<Instant, InputCounts> inputMinutes(LocalDate day) {
        ZonedDateTime start = day.atStartOfDay(zone.get());
        return new InputMinuteTable(db).between(start.toInstant(), start.plusDays(1).toInstant());
    }

    /** The day's spans, both streams, in time order; neighbouring heartbeats of the same thing are joined. */
    public List<TimelineSpan> spans(LocalDate day) {
        ZonedDateTime start = day.atStartOfDay(zone.get());
        double from = start.toEpochSecond();
        double to = start.plusDays(1).toEpochSecond();
        return db.read(c -> {
            List<TimelineSpan> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT stream, time, duration, CASE WHEN stream = 'web' THEN entity ELSE coalesce(project, 'Unknown') END,
                           CASE WHEN stream = 'web' THEN NULL ELSE language END
                    FROM heartbeat WHERE time >= ? AND time < ? AND duration > 0 ORDER BY stream, time""")) {
                s.setDouble(1, from - 86400); // a span that began before midnight still shows its part of today
                s.setDouble(2, to);
                try (ResultSet rs = s.executeQuery()) {
                    Builder current = null;
                    while (rs.next()) {
                        double t = rs.getDouble(2);
                        double end = Math.min(to, t + rs.getDouble(3));
                        if (end <= from) {
                            continue;
                        }
                        t = Math.max(t, from);
                        Stream stream = Stream.fromKey(rs.getString(1));
                        String label = rs.getString(4);
                        String detail = rs.getString(5);
                        if (current != null && current.joins(stream, label, t)) {
                            current.end = Math.max(current.end, end);
                            continue;
                        }
                        if (current != null) {
                            out.add(current.build());
                        }
                        current = new Builder(stream, label, detail, t, end);
                    }
                    if (current != null) {
                        out.add(current.build());
                    }
                }
            }
            out.sort((a, b) -> a.start().compareTo(b.start()));
            return out;
        });
    }

    /**
     * Coding seconds per weekday (0 = Monday) and local hour over the days, split exactly at hour boundaries. A
     * filtered page's comes from {@link #filtered} with its narrowed lists.
     */
    public double[][] weekHours(LocalDate fromDay, LocalDate toDay) {
        double[][] out = new double[7][24];
        // The unfiltered map (every Week/Month/Year view) comes from the hourly rollups: a year is ~9k rows.
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT day, hour, seconds FROM hourly_rollup "
                    + "WHERE day BETWEEN ? AND ? AND stream = 'coding'")) {
                s.setString(1, fromDay.toString());
                s.setString(2, toDay.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int weekday = LocalDate.parse(rs.getString(1)).getDayOfWeek().getValue() - 1;
                        out[weekday][rs.getInt(2)] += rs.getDouble(3);
                    }
                }
            }
            return out;
        });
    }

    /**
     * The figures of {@code day} from its midnight until the wall-clock time {@code until} (see {@link DaySoFar}):
     * on a 23- or 25-hour day the same time of day is not the same time since midnight.
     */
    public DaySoFar soFar(LocalDate day, LocalTime until, DashboardFilter filter) {
        ZoneId z = zone.get();
        double from = day.atStartOfDay(z).toEpochSecond();
        Instant end = day.atTime(until).atZone(z).toInstant(); // a time in the spring-forward gap moves past it
        double to = Math.min(end.getEpochSecond() + end.getNano() / 1e9, day.plusDays(1).atStartOfDay(z).toEpochSecond());
        long keystrokes = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT coalesce(sum(keystrokes), 0) FROM heartbeat WHERE time >= ? AND time < ?")) {
                s.setDouble(1, from);
                s.setDouble(2, to);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
        return new DaySoFar(filteredViews.seconds(from, to, filter), keystrokes);
    }

    /**
     * A filtered page's hour profile and cross-dimension breakdown over the days (one heartbeat scan; the rollups
     * hold one dimension per day, not pairs). {@link FilteredView#NONE} for no filter.
     */
    public FilteredView filtered(LocalDate fromDay, LocalDate toDay, DashboardFilter filter) {
        if (filter.isNone()) {
            return FilteredView.NONE;
        }
        ZoneId z = zone.get();
        return filteredViews.read(fromDay.atStartOfDay(z).toEpochSecond(),
                toDay.plusDays(1).atStartOfDay(z).toEpochSecond(), filter, z);
    }

    private static final class Builder {
        final Stream stream;
        final String label;
        final String detail;
        final double start;
        double end;

        Builder(Stream stream, String label, String detail, double start, double end) {
            this.stream = stream;
            this.label = label;
            this.detail = detail;
            this.start = start;
            this.end = end;
        }

        boolean joins(Stream s, String l, double t) {
            return stream == s && label.equals(l) && t - end <= JOIN_SECONDS;
        }

        TimelineSpan build() {
            return new TimelineSpan(Instant.ofEpochMilli((long) (start * 1000)), Instant.ofEpochMilli((long) (end * 1000)),
                    stream, label, detail);
        }
    }
}
