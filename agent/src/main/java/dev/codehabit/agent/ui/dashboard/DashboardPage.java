package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.dashboard.FilteredView;
import dev.codehabit.agent.stats.Period;

import java.util.List;

/** The dashboard's sections, in sidebar order. */
public enum DashboardPage {
    TODAY("Today", 0, false, "language", "project", "domain"),
    WEEK("Week", Period.WEEK.days(), true, "language", "project"),
    MONTH("Month", Period.MONTH.days(), true, "language", "project"),
    YEAR("Year", Period.YEAR.days(), true, "language", "project"),
    PROJECTS("Projects", 30, false, "project"),
    LANGUAGES("Languages", 30, false, "language"),
    WEBSITES("Websites", 30, false, "domain"),
    FOCUS("Focus", 30, false);

    private final String title;
    private final int days;
    private final boolean hourProfile;
    private final List<String> breakdowns;

    DashboardPage(String title, int days, boolean hourProfile, String... breakdowns) {
        this.title = title;
        this.days = days;
        this.hourProfile = hourProfile;
        this.breakdowns = List.of(breakdowns);
    }

    public String title() {
        return title;
    }

    /** How many days the page looks at (today only for TODAY). */
    public int days() {
        return Math.max(1, days);
    }

    /**
     * Whether the user picks the page's period (7, 30 or 365 days; 30 at first): the breakdown and Focus pages.
     * Today, Week, Month and Year are periods themselves.
     */
    public boolean periodChoice() {
        return !trend();
    }

    /** Whether the page shows the hour-of-week profile ("best coding hours"). */
    public boolean hourProfile() {
        return hourProfile;
    }

    /** Whether the page shows the headline tiles with their trend against the previous period. */
    public boolean trend() {
        return switch (this) {
            case TODAY, WEEK, MONTH, YEAR -> true;
            default -> false;
        };
    }

    /**
     * Whether the page needs the filtered heartbeat scan ({@code DashboardQueries.filtered}): for its hour profile,
     * for the keystrokes and lines of its tiles under a project or language, or for a breakdown list (the
     * dimensions its view shows) that the filter narrows. Every other filtered figure
     * comes from the rollups.
     */
    public boolean needsFilteredScan(DashboardFilter filter) {
        return !filter.isNone() && (hourProfile || (trend() && filter.isCoding())
                || breakdowns.stream().anyMatch(d -> FilteredView.narrows(filter.dimension(), d)));
    }
}
