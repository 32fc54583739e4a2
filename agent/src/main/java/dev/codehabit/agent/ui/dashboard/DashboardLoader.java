package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.dashboard.DashboardQueries;
import dev.codehabit.agent.stats.Stats;

import java.time.LocalDate;
import java.util.List;

/** Reads a page's model from the queries; runs on a background thread, never on the FX thread. */
public final class DashboardLoader {
    private final DashboardQueries queries;

    public DashboardLoader(DashboardQueries queries) {
        this.queries = queries;
    }

    public DashboardModel load(DashboardPage page, DashboardFilter filter) {
        LocalDate today = queries.today();
        int days = page.days();
        LocalDate from = today.minusDays(days - 1L);
        Stats current = queries.stats(from, today);
        Stats previous = queries.stats(from.minusDays(days), from.minusDays(1));
        Stats year = page == DashboardPage.YEAR ? current : queries.stats(today.minusDays(364), today);
        var spans = page == DashboardPage.TODAY ? queries.spans(today) : List.<dev.codehabit.agent.dashboard.TimelineSpan>of();
        double[][] weekHours = page == DashboardPage.TODAY ? new double[7][24] : queries.weekHours(from, today, filter);
        return new DashboardModel(page, filter, today, queries.zone(), current, previous, year, spans, weekHours,
                queries.dailyGoalSeconds());
    }
}
