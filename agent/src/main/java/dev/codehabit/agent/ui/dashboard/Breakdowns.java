package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.dashboard.DashboardFilter;

/** A titled breakdown card for one dimension of the shown period; clicking a row filters the dashboard. */
final class Breakdowns {
    private Breakdowns() {}

    static Card card(String title, String dimension, int limit, DashboardModel m, ViewContext ctx) {
        String selected = m.filter().isNone() ? null : m.filter().name();
        return new Card(title, new BreakdownList(dimension, m.current().total().dimension(dimension), limit,
                ctx::colorOf, selected, name -> ctx.filter().accept(DashboardFilter.of(dimension, name))));
    }
}
