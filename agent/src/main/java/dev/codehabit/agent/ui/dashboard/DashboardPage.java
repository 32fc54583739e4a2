package dev.codehabit.agent.ui.dashboard;

/** The dashboard's sections, in sidebar order. */
public enum DashboardPage {
    TODAY("Today", 0), WEEK("Week", 7), MONTH("Month", 30), YEAR("Year", 365),
    PROJECTS("Projects", 30), LANGUAGES("Languages", 30), WEBSITES("Websites", 30), FOCUS("Focus", 30);

    private final String title;
    private final int days;

    DashboardPage(String title, int days) {
        this.title = title;
        this.days = days;
    }

    public String title() {
        return title;
    }

    /** How many days the page looks at (today only for TODAY). */
    public int days() {
        return Math.max(1, days);
    }
}
