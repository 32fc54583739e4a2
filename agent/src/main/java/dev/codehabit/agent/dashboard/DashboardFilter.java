package dev.codehabit.agent.dashboard;

/** Narrows the dashboard to one project, language or domain; {@link #NONE} shows everything. */
public record DashboardFilter(String dimension, String name) {
    public static final DashboardFilter NONE = new DashboardFilter(null, null);

    public static DashboardFilter of(String dimension, String name) {
        return new DashboardFilter(dimension, name);
    }

    public boolean isNone() {
        return dimension == null;
    }
}
