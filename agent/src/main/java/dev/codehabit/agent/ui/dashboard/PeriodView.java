package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.stats.DayStats;
import dev.codehabit.agent.ui.chart.CalendarHeatmap;
import dev.codehabit.agent.ui.chart.LegendBar;
import dev.codehabit.agent.ui.chart.StackedDayBars;
import dev.codehabit.agent.ui.chart.WeekHourHeatmap;
import javafx.scene.Node;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Week, month and year: daily bars with the trend, the year's calendar, best hours, and breakdowns. */
final class PeriodView implements PageView {
    @Override
    public Node build(DashboardModel m, ViewContext ctx) {
        var series = Figures.series(ctx, m.current(), m.categories());
        StackedDayBars bars = new StackedDayBars();
        bars.setId("daily-bars");
        bars.setPalette(ctx.palette());
        bars.setData(series, Figures.days(m.current(), m.filter(), series.size(), m.categories()));
        LegendBar legend = new LegendBar();
        legend.setEntries(series.stream().map(s -> new LegendBar.Entry(s.name(), s.color())).toList());

        Map<LocalDate, Double> perDay = new HashMap<>();
        for (DayStats d : m.year().days()) {
            perDay.put(d.date(), Figures.coding(d.totals(), m.filter()));
        }
        CalendarHeatmap calendar = new CalendarHeatmap();
        calendar.setId("calendar-heatmap");
        calendar.setPalette(ctx.palette());
        calendar.setData(m.year().from(), m.year().to(), perDay);
        WeekHourHeatmap hours = new WeekHourHeatmap();
        hours.setId("hour-heatmap");
        hours.setPalette(ctx.palette());
        hours.setData(m.weekHours());

        Node languages = Breakdowns.card("Languages", "", "language", 6, m, ctx);
        Node projects = Breakdowns.card("Projects", "", "project", 6, m, ctx);
        return Layouts.page(
                Layouts.tiles(Figures.tiles(m, true)),
                new Card("Daily activity", legend, bars),
                GoalsCard.build(m),
                new Card("Last 12 months", calendar),
                Layouts.columns(new Card("Best coding hours", hours), languages),
                projects);
    }
}
