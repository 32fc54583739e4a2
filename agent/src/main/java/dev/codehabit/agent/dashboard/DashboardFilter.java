package dev.codehabit.agent.dashboard;

import dev.codehabit.agent.activity.Heartbeat.Stream;
import dev.codehabit.agent.store.RollupDimensions;

/**
 * Narrows the dashboard to one project, language or domain; {@link #NONE} shows everything. What it narrows is
 * written in docs/desktop.md ("What a filter narrows").
 */
public record DashboardFilter(String dimension, String name) {
    public static final DashboardFilter NONE = new DashboardFilter(null, null);

    public static DashboardFilter of(String dimension, String name) {
        return new DashboardFilter(dimension, name);
    }

    public boolean isNone() {
        return dimension == null;
    }

    /** Whether the filter narrows to coding time (a project or a language), whose keystrokes and lines it can count. */
    public boolean isCoding() {
        return RollupDimensions.PROJECT.equals(dimension) || RollupDimensions.LANGUAGE.equals(dimension);
    }

    /** Whether a span of the day's timeline is the filtered item's: its project's or language's coding, its site. */
    public boolean keeps(TimelineSpan span) {
        if (isNone()) {
            return true;
        }
        return switch (dimension) {
            case RollupDimensions.PROJECT -> span.stream() == Stream.CODING && name.equals(span.label());
            case RollupDimensions.LANGUAGE -> span.stream() == Stream.CODING && name.equals(span.detail());
            case RollupDimensions.DOMAIN -> span.stream() == Stream.WEB && name.equals(span.label());
            default -> true;
        };
    }
}
