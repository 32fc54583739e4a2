package dev.codehabit.agent.dashboard;

import dev.codehabit.agent.stats.Totals;
import dev.codehabit.agent.store.RollupDimensions;

import java.util.Map;
import java.util.Set;

/**
 * What a filter narrows that the rollups cannot give (they hold each dimension per day on its own, not pairs):
 * the filtered item's coding time per weekday and hour, and its time split by the other coding dimensions
 * (a project's languages, a language's projects).
 *
 * @param weekHours seconds per weekday (0 = Monday) and local hour
 * @param breakdown per dimension ({@code language}, {@code project}): name → seconds, largest first; empty for a
 *                  site, whose web time has no project or language. Its counters are the filtered project's or
 *                  language's keystrokes, line additions and deletions.
 */
public record FilteredView(double[][] weekHours, Totals breakdown) {
    /** What an unfiltered page carries: nothing narrowed (it reads everything from the rollups). */
    public static final FilteredView NONE = new FilteredView(new double[7][24], new Totals(Map.of(), Map.of(), 0));

    private static final Set<String> CODING = Set.of(RollupDimensions.PROJECT, RollupDimensions.LANGUAGE);

    /**
     * Whether a filter on {@code filterDimension} narrows the list of {@code dimension}: a project's languages,
     * a language's projects. Its own dimension is the one name, and web time has no project or language.
     */
    public static boolean narrows(String filterDimension, String dimension) {
        return CODING.contains(filterDimension) && CODING.contains(dimension) && !filterDimension.equals(dimension);
    }

    public Map<String, Double> dimension(String name) {
        return breakdown.dimension(name);
    }
}
