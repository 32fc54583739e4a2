package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.categories.Category;
import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.dashboard.FilteredView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * A titled breakdown card for one dimension of the shown period, following the filter; clicking a row filters the
 * dashboard to it. With no filter, or a filter of the card's own dimension, it lists everything (the selected row
 * highlighted, so the user can switch); a project or language filter narrows the other coding list (a project's
 * languages, a language's projects); where web and coding time meet, it says plainly that the list does not apply.
 */
final class Breakdowns {
    private Breakdowns() {}

    /** @param period appended to the title, e.g. " · last 30 days", or "" */
    static Card card(String title, String period, String dimension, int limit, DashboardModel m, ViewContext ctx) {
        DashboardFilter f = m.filter();
        Consumer<String> select = name -> ctx.filter().accept(DashboardFilter.of(dimension, name));
        if (f.isNone() || f.dimension().equals(dimension)) {
            BreakdownList all = new BreakdownList(m.current().total().dimension(dimension), limit,
                    ctx::colorOf, f.isNone() ? null : f.name(), null, select);
            all.setId("breakdown-" + dimension);
            return new Card(title + period, all);
        }
        if (FilteredView.narrows(f.dimension(), dimension)) {
            String scope = (f.dimension().equals("project") ? "in " : "using ") + f.name();
            BreakdownList narrowed = new BreakdownList(m.filtered().dimension(dimension), limit,
                    ctx::colorOf, null, scope, select);
            narrowed.setId("breakdown-" + dimension);
            Label badge = new Label("filtered");
            badge.getStyleClass().add("scope-badge");
            Tooltip.install(badge, new Tooltip("Only " + f.dimension() + " " + f.name()
                    + "'s time. ✕ next to the filter in the header shows everything."));
            return new Card(title + " " + scope + period, badge, narrowed);
        }
        return new Card(title + period, doesNotApply(title, dimension, f, m, ctx));
    }

    /** Web time has no project or language, coding time no site: say so rather than show unrelated rows. */
    private static Node doesNotApply(String title, String dimension, DashboardFilter f, DashboardModel m,
                                     ViewContext ctx) {
        String text;
        if (f.dimension().equals("domain")) {
            String category = m.categories().categoryOf(f.name()).map(Category::name).map(n -> " (" + n + ")").orElse("");
            text = f.name() + " is web time" + category + ": " + dimension + "s are counted for coding time only.";
        } else {
            text = "Web time is not tied to a " + f.dimension() + ", so sites cannot be narrowed to " + f.name() + ".";
        }
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("empty-note");
        Button showAll = new Button("Show all " + title.toLowerCase(Locale.ROOT));
        showAll.getStyleClass().addAll("flat", "small", "accent");
        showAll.setOnAction(e -> ctx.filter().accept(DashboardFilter.NONE));
        VBox box = new VBox(6, note, showAll);
        box.setId("not-applicable-" + dimension);
        return box;
    }
}
