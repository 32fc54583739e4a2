package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.activity.Heartbeat.Stream;
import dev.codehabit.agent.dashboard.TimelineSpan;
import dev.codehabit.agent.ui.chart.DayTimelineChart;
import dev.codehabit.agent.ui.chart.LegendBar;
import javafx.scene.Node;
import javafx.scene.paint.Color;

import java.util.List;

/** Today: headline figures, the day's timeline, and what the time went into. */
final class TodayView implements PageView {
    @Override
    public Node build(DashboardModel m, ViewContext ctx) {
        DayTimelineChart timeline = new DayTimelineChart();
        timeline.setId("today-timeline");
        timeline.setPalette(ctx.palette());
        timeline.setData(m.today(), m.zone(), m.spans(), span -> colorOf(span, ctx), m.input());
        LegendBar legend = new LegendBar();
        List<LegendBar.Entry> entries = new java.util.ArrayList<>();
        m.spans().stream().filter(s -> s.stream() == Stream.CODING).map(TimelineSpan::label).distinct()
                .forEach(p -> entries.add(new LegendBar.Entry(p, ctx.colorOf(p))));
        entries.add(new LegendBar.Entry("Web: colour of the site below", ctx.palette().neutral()));
        entries.add(new LegendBar.Entry("Away / not tracked", ctx.palette().afk()));
        entries.add(new LegendBar.Entry("Keys + clicks per minute", ctx.palette().focus()));
        legend.setEntries(entries);

        Node languages = Breakdowns.card("Languages", "", "language", 8, m, ctx);
        Node projects = Breakdowns.card("Projects", "", "project", 8, m, ctx);
        Node sites = Breakdowns.card("Top sites", "", "domain", 8, m, ctx);
        return Layouts.page(
                Layouts.tiles(Figures.tiles(m, false)),
                new Card("Timeline", legend, timeline),
                Layouts.columns(languages, projects),
                sites);
    }

    private static Color colorOf(TimelineSpan span, ViewContext ctx) {
        return ctx.colorOf(span.label());
    }
}
