package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.stats.Totals;
import dev.codehabit.agent.ui.theme.Palette;
import javafx.scene.paint.Color;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What every page needs besides its data: the colours of the current theme and a way to set the filter.
 * Colours go to names by their rank over the last year, per dimension, so the biggest projects, languages and
 * sites never share a colour and a name keeps its colour on every page.
 */
public final class ViewContext {
    private final Palette palette;
    private final Consumer<DashboardFilter> filter;
    private final Map<String, Color> assigned = new HashMap<>();

    public ViewContext(Palette palette, Consumer<DashboardFilter> filter, Totals year) {
        this.palette = palette;
        this.filter = filter;
        for (String dimension : new String[] {"project", "language", "domain"}) {
            int rank = 0;
            for (String name : year.dimension(dimension).keySet()) {
                assigned.putIfAbsent(name, palette.series(rank++));
            }
        }
    }

    public Palette palette() {
        return palette;
    }

    public Consumer<DashboardFilter> filter() {
        return filter;
    }

    public Color colorOf(String name) {
        return assigned.computeIfAbsent(name, n -> palette.series(Math.floorMod(n.hashCode(), palette.categorical().size())));
    }
}
