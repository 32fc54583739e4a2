package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.activity.Counter;
import dev.codehabit.agent.stats.DurationText;
import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.dashboard.ProductivityFigures;
import dev.codehabit.agent.goals.Streaks;
import dev.codehabit.agent.stats.DayStats;
import dev.codehabit.agent.stats.Stats;
import dev.codehabit.agent.stats.Totals;
import dev.codehabit.agent.ui.chart.StackedDayBars;
import javafx.scene.Node;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The KPI tiles and daily series shared by the Today and period pages. */
final class Figures {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    /** A minute of coding: what makes a day active, and the least time a trend compares against. */
    private static final double ACTIVE_SECONDS = 60;
    /** About a minute of typing: the least a keystroke trend compares against. */
    private static final double LEAST_KEYSTROKES = 100;

    private Figures() {}

    /** Coding seconds of a period under the filter (the filtered item's own time). */
    static double coding(Totals t, DashboardFilter filter) {
        return filter.isNone() ? t.codingSeconds() : t.dimension(filter.dimension()).getOrDefault(filter.name(), 0.0);
    }

    static List<Node> tiles(DashboardModel m, boolean periodView) {
        Totals now = m.current().total();
        Totals before = m.previous().total();
        Totals beforeLastDay = m.previous().days().getLast().totals();
        List<Node> tiles = new ArrayList<>();
        double coding = coding(now, m.filter());
        String codingCaption = m.filter().isNone() ? "Coding time" : m.filter().name();
        double codingBefore = upToNow(coding(before, m.filter()), coding(beforeLastDay, m.filter()),
                m.previousLastDaySoFar().seconds());
        double keystrokesBefore = upToNow(before.counter(Counter.KEYSTROKES), beforeLastDay.counter(Counter.KEYSTROKES),
                m.previousLastDaySoFar().keystrokes());
        tiles.add(new KpiTile(codingCaption, DurationText.compact(coding),
                trend(coding, codingBefore, ACTIVE_SECONDS, periodView)));
        if (periodView) {
            long activeDays = m.current().days().stream().filter(d -> coding(d.totals(), m.filter()) >= ACTIVE_SECONDS).count();
            tiles.add(new KpiTile("Daily average", DurationText.compact(activeDays == 0 ? 0 : coding / activeDays),
                    activeDays + " active day" + (activeDays == 1 ? "" : "s")));
        }
        // The web tiles are about all browsing under any filter (a site's own time is the first tile)
        boolean filtered = !m.filter().isNone();
        String allWeb = filtered ? " · all web" : "";
        ProductivityFigures.of(now, m.categories()).ifPresentOrElse(p -> {
            tiles.add(new KpiTile("Productive time", DurationText.compact(p.productiveSeconds()), "web, productive sites" + allWeb));
            tiles.add(new KpiTile("Distracting time", DurationText.compact(p.distractingSeconds()), "web, distracting sites" + allWeb));
            tiles.add(new KpiTile("Productivity score", Integer.toString(p.score()), ProductivityFigures.of(before, m.categories())
                    .map(b -> signed(p.score() - b.score()) + " pts").orElse("")));
        }, () -> {
            // The same tiles before any browsing, so the row does not jump when the first site arrives and a user
            // without the browser bridge sees what it would add.
            String none = periodView ? "no web time in this period" : "no web time today";
            tiles.add(new KpiTile("Productive time", DurationText.compact(0), none));
            tiles.add(new KpiTile("Distracting time", DurationText.compact(0), none));
            tiles.add(new KpiTile("Productivity score", "—", "needs web time"));
        });
        // Not narrowed by a filter, and say so: the goal and the streak are about all coding
        String all = filtered ? " · all coding" : "";
        if (!periodView && m.dailyGoalSeconds() > 0) {
            double total = now.codingSeconds();
            long pct = Math.round(total / m.dailyGoalSeconds() * 100);
            tiles.add(new KpiTile("Daily goal", pct + "%", "of " + DurationText.compact(m.dailyGoalSeconds())
                    + (pct >= 100 ? " · reached" : " · " + DurationText.compact(m.dailyGoalSeconds() - total) + " to go")
                    + all));
        }
        tiles.add(new KpiTile("Current streak", days(Streaks.current(m.year().days(), m.today(), m.dailyGoalSeconds())),
                "longest " + days(Streaks.longest(m.year().days(), m.dailyGoalSeconds()))
                        + (m.dailyGoalSeconds() > 0 ? " · days at goal" : "") + all));
        if (m.filter().isNone()) {
            tiles.add(new KpiTile("Lines", "+" + COUNT.format(now.counter(Counter.LINE_ADDITIONS)) + " / −"
                    + COUNT.format(now.counter(Counter.LINE_DELETIONS)), COUNT.format(now.filesModified()) + (now.filesModified() == 1 ? " file changed" : " files changed")));
            tiles.add(new KpiTile("Keystrokes", COUNT.format(now.counter(Counter.KEYSTROKES)),
                    trend(now.counter(Counter.KEYSTROKES), keystrokesBefore, LEAST_KEYSTROKES, periodView)));
        } else if (m.filter().isCoding()) {
            Totals narrowed = m.filtered().breakdown();
            tiles.add(new KpiTile("Lines", "+" + COUNT.format(narrowed.counter(Counter.LINE_ADDITIONS)) + " / −"
                    + COUNT.format(narrowed.counter(Counter.LINE_DELETIONS)), "in " + m.filter().name()));
            tiles.add(new KpiTile("Keystrokes", COUNT.format(narrowed.counter(Counter.KEYSTROKES)), "in " + m.filter().name()));
        } else {
            tiles.add(new KpiTile("Lines", "—", "coding only, not websites"));
            tiles.add(new KpiTile("Keystrokes", "—", "coding only, not websites"));
        }
        return tiles;
    }

    /**
     * The previous period up to the point the one shown has reached. The shown one ends now, part way through
     * today, so the previous one counts in full but for its last day, which counts until this time of day: at
     * 9 am, today is measured against yesterday until 9 am.
     */
    static double upToNow(double previousPeriod, double itsLastDay, double itsLastDayUntilThisTime) {
        return previousPeriod - itsLastDay + itsLastDayUntilThisTime;
    }

    /**
     * "+12% vs yesterday". Below {@code least} there is too little to compare against (at 9:00, yesterday's 10 s
     * before nine would read "+35900%"), so it says that instead of a percentage.
     */
    static String trend(double current, double before, double least, boolean periodView) {
        String against = periodView ? "previous" : "yesterday";
        if (before < least) {
            return current <= 0 ? "– vs " + against : against + (before <= 0 ? ": none by now" : ": little by now");
        }
        long pct = Math.round((current - before) / before * 100);
        return (pct > 0 ? "+" : pct < 0 ? "−" : "±") + Math.abs(pct) + "% vs " + against;
    }

    /** Daily series for the stacked bars: coding, then productive and distracting web when known. */
    static List<StackedDayBars.Series> series(ViewContext ctx, Stats stats, dev.codehabit.agent.categories.CategoryService.Snapshot categories) {
        List<StackedDayBars.Series> s = new ArrayList<>();
        s.add(new StackedDayBars.Series("Coding", ctx.palette().coding()));
        if (ProductivityFigures.of(stats.total(), categories).isPresent()) {
            s.add(new StackedDayBars.Series("Productive web", ctx.palette().productive()));
            s.add(new StackedDayBars.Series("Distracting web", ctx.palette().distracting()));
        } else if (stats.total().webSeconds() > 0) {
            s.add(new StackedDayBars.Series("Web", ctx.palette().neutral()));
        }
        return s;
    }

    static List<StackedDayBars.Day> days(Stats stats, DashboardFilter filter, int seriesCount,
                                         dev.codehabit.agent.categories.CategoryService.Snapshot categories) {
        List<StackedDayBars.Day> out = new ArrayList<>();
        for (DayStats d : stats.days()) {
            double[] v = new double[seriesCount];
            v[0] = coding(d.totals(), filter);
            if (filter.isNone() && seriesCount == 3) {
                var p = ProductivityFigures.of(d.totals(), categories);
                v[1] = p.map(ProductivityFigures::productiveSeconds).orElse(0.0);
                v[2] = p.map(ProductivityFigures::distractingSeconds).orElse(0.0);
            } else if (filter.isNone() && seriesCount == 2) {
                v[1] = d.totals().webSeconds();
            }
            out.add(new StackedDayBars.Day(d.date(), v));
        }
        return out;
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static String signed(int n) {
        return (n > 0 ? "+" : n < 0 ? "−" : "±") + Math.abs(n);
    }
}
