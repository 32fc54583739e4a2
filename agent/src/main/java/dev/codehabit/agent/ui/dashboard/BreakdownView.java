package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.ui.chart.LegendBar;
import dev.codehabit.agent.ui.chart.StackedDayBars;
import javafx.scene.Node;

import java.util.List;

/** Projects, Languages or Websites over the last 30 days, following the filter; picking one shows its days. */
final class BreakdownView implements PageView {
    private final String dimension;
    private final String title;

    BreakdownView(String dimension, String title) {
        this.dimension = dimension;
        this.title = title;
    }

    @Override
    public Node build(DashboardModel m, ViewContext ctx) {
        Card listCard = Breakdowns.card(title, " · last 30 days", dimension, 50, m, ctx);
        boolean mine = !m.filter().isNone() && m.filter().dimension().equals(dimension);
        if (!mine) {
            return Layouts.page(listCard);
        }
        String selected = m.filter().name();
        StackedDayBars bars = new StackedDayBars();
        bars.setPalette(ctx.palette());
        var color = ctx.colorOf(selected);
        var series = List.of(new StackedDayBars.Series(selected, color));
        bars.setData(series, Figures.days(m.current(), m.filter(), 1, m.categories()));
        LegendBar legend = new LegendBar();
        legend.setEntries(List.of(new LegendBar.Entry(selected, color)));
        return Layouts.page(new Card(selected + " per day", legend, bars), listCard);
    }
}
