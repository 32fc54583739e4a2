package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.stats.DayStats;
import dev.codehabit.agent.ui.chart.Durations;
import dev.codehabit.agent.ui.chart.LegendBar;
import dev.codehabit.agent.ui.chart.StackedDayBars;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.List;

/**
 * Focus sessions over the last 30 days, from the {@code focus_seconds} and {@code focus_sessions} counters that
 * focus mode (issue 3) records. Until there are any, the page says how to start one.
 */
final class FocusView implements PageView {
    @Override
    public Node build(DashboardModel m, ViewContext ctx) {
        var total = m.current().total();
        long sessions = total.counter("focus_sessions");
        long seconds = total.counter("focus_seconds");
        if (sessions == 0) {
            Label hint = new Label("No focus sessions in the last 30 days. Start one from the tray menu: "
                    + "Start Focus → 25, 50 or 90 minutes. Distracting sites are blocked while it runs.");
            hint.setWrapText(true);
            hint.getStyleClass().add("empty-note");
            return Layouts.page(new Card("Focus", hint));
        }
        StackedDayBars bars = new StackedDayBars();
        bars.setPalette(ctx.palette());
        var series = List.of(new StackedDayBars.Series("Focus", ctx.palette().focus()));
        bars.setData(series, m.current().days().stream()
                .map(d -> new StackedDayBars.Day(d.date(), new double[] {d.totals().counter("focus_seconds")}))
                .toList());
        LegendBar legend = new LegendBar();
        legend.setEntries(List.of(new LegendBar.Entry("Focus time", ctx.palette().focus())));
        long days = m.current().days().stream().map(DayStats::totals).filter(t -> t.counter("focus_sessions") > 0).count();
        return Layouts.page(
                Layouts.tiles(List.of(
                        new KpiTile("Focus sessions", Long.toString(sessions), days + " days with focus"),
                        new KpiTile("Focus time", Durations.format(seconds),
                                "avg " + Durations.format(seconds / (double) sessions) + " per session"))),
                new Card("Focus per day", legend, bars));
    }
}
