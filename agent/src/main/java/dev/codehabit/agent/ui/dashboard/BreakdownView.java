package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.ui.chart.LegendBar;
import dev.codehabit.agent.ui.chart.StackedDayBars;
import javafx.scene.Node;

import java.util.List;

/**
 * Projects, Languages or Websites over the chosen period (30 days at first), following the filter: the top five
 * per day, then the list; picking one shows its own days.
 */
final class BreakdownView implements PageView {
    private static final int TOP = 5;
    private final String dimension;
    private final String title;

    BreakdownView(String dimension, String title) {
        this.dimension = dimension;
        this.title = title;
    }

    @Override
    public Node build(DashboardModel m, ViewContext ctx) {
        String period = " · last " + m.current().days().size() + " days";
        Card listCard = Breakdowns.card(title, period, dimension, 50, m, ctx);
        boolean mine = !m.filter().isNone() && m.filter().dimension().equals(dimension);
        if (m.filter().isNone()) {
            return Layouts.page(topPerDay(m, ctx, period), listCard);
        }
        if (!mine) {
            return Layouts.page(listCard); // the rollups hold no per-day split of one item by another
        }
        String selected = m.filter().name();
        StackedDayBars bars = new StackedDayBars();
        bars.setPalette(ctx.palette());
        var color = ctx.colorOf(selected);
        var series = List.of(new StackedDayBars.Series(selected, color));
        bars.setData(series, Figures.days(m.current(), m.filter(), 1, m.categories()));
        LegendBar legend = new LegendBar();
        legend.setEntries(List.of(new LegendBar.Entry(selected, color)));
        return Layouts.page(new Card(selected + " per day" + period, legend, bars), listCard);
    }

    /** The five largest items of the period, stacked per day (each day's rollups), so the page shows when. */
    private Card topPerDay(DashboardModel m, ViewContext ctx, String period) {
        List<String> top = m.current().total().dimension(dimension).keySet().stream().limit(TOP).toList();
        List<StackedDayBars.Series> series = top.stream()
                .map(name -> new StackedDayBars.Series(name, ctx.colorOf(name))).toList();
        List<StackedDayBars.Day> days = m.current().days().stream().map(d -> {
            double[] v = new double[top.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = d.totals().dimension(dimension).getOrDefault(top.get(i), 0.0);
            }
            return new StackedDayBars.Day(d.date(), v);
        }).toList();
        StackedDayBars bars = new StackedDayBars();
        bars.setId("top-per-day");
        bars.setPalette(ctx.palette());
        bars.setData(series, days);
        LegendBar legend = new LegendBar();
        legend.setEntries(series.stream().map(s -> new LegendBar.Entry(s.name(), s.color())).toList());
        return new Card("Top " + top.size() + " per day" + period, legend, bars);
    }
}
