package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.ui.theme.Palette;
import javafx.scene.paint.Color;

import java.util.function.Consumer;

/** What every page needs besides its data: the colours of the current theme and a way to set the filter. */
public record ViewContext(Palette palette, Consumer<DashboardFilter> filter) {
    /** The same name always gets the same colour, on every page. */
    public Color colorOf(String name) {
        return palette.series(Math.floorMod(name.hashCode(), palette.categorical().size() - 1));
    }
}
