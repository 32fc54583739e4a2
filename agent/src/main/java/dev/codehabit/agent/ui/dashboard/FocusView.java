package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.stats.DurationText;
import dev.codehabit.agent.dashboard.FocusDay;
import dev.codehabit.agent.stats.DayStats;
import dev.codehabit.agent.ui.chart.LegendBar;
import dev.codehabit.agent.ui.chart.StackedDayBars;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.List;

/** Focus sessions over the chosen period (focus mode's sessions, issue 3), next to the coding done meanwhile. */
final class FocusView implements PageView {
    @Override
    public Node build(DashboardModel m, ViewContext ctx) {
        int sessions = m.focus().values().stream().mapToInt(FocusDay::sessions).sum();
        double seconds = m.focus().values().stream().mapToDouble(FocusDay::seconds).sum();
        String period = "last " + m.current().days().size() + " days";
        if (sessions == 0) {
            Label hint = new Label("No focus sessions in the " + period + ". Start one from the tray menu: "
                    + "Start Focus → 25, 50 or 90 minutes. Distracting sites are blocked while it runs.");
            hint.setWrapText(true);
            hint.getStyleClass().add("empty-note");
            hint.setId("focus-empty");
            return Layouts.page(new Card("Focus", hint));
        }
        StackedDayBars bars = new StackedDayBars();
        bars.setId("focus-bars");
        bars.setPalette(ctx.palette());
        bars.setData(List.of(new StackedDayBars.Series("Focus", ctx.palette().focus())), m.current().days().stream()
                .map(d -> new StackedDayBars.Day(d.date(),
                        new double[] {m.focus().getOrDefault(d.date(), FocusDay.NONE).seconds()}))
                .toList());
        LegendBar legend = new LegendBar();
        legend.setEntries(List.of(new LegendBar.Entry("Focus time", ctx.palette().focus())));
        long days = m.focus().values().stream().filter(f -> f.sessions() > 0).count();
        double codingOnFocusDays = m.current().days().stream().filter(d -> m.focus().containsKey(d.date()))
                .map(DayStats::totals).mapToDouble(t -> t.codingSeconds()).sum();
        return Layouts.page(
                Layouts.tiles(List.of(
                        new KpiTile("Focus sessions", Integer.toString(sessions), days + " days with focus"),
                        new KpiTile("Focus time", DurationText.compact(seconds),
                                "avg " + DurationText.compact(seconds / sessions) + " per session"),
                        new KpiTile("Coding on focus days", DurationText.compact(days == 0 ? 0 : codingOnFocusDays / days),
                                "per day"))),
                new Card("Focus per day · " + period, legend, bars));
    }
}
