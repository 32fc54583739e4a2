package dev.codehabit.agent.stats;

import dev.codehabit.agent.store.RollupDimensions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The native {@code /api/v1/stats} shape: flat totals for the range plus the same fields per day.
 * Other features add their fields through {@link #addContributor}.
 */
public final class StatsJson {
    private final List<BiConsumer<Totals, Map<String, Object>>> contributors = new ArrayList<>();
    private final List<RangeContributor> rangeContributors = new ArrayList<>();

    /** A feature's fields that need the days they cover (e.g. counts kept outside the rollups). */
    @FunctionalInterface
    public interface RangeContributor {
        void accept(LocalDate from, LocalDate to, Totals totals, Map<String, Object> out);
    }

    public void addRangeContributor(RangeContributor contributor) {
        rangeContributors.add(contributor);
    }

    /** A feature's extra fields (e.g. web categories and the productivity score), added to totals and days. */
    public void addContributor(BiConsumer<Totals, Map<String, Object>> contributor) {
        contributors.add(contributor);
    }

    public Map<String, Object> toMap(Stats stats) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", stats.from().toString());
        out.put("to", stats.to().toString());
        out.put("timezone", stats.zone().getId());
        putTotals(stats.total(), out, true);
        rangeContributors.forEach(c -> c.accept(stats.from(), stats.to(), stats.total(), out));
        List<Map<String, Object>> days = new ArrayList<>(stats.days().size());
        for (DayStats day : stats.days()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("date", day.date().toString());
            putTotals(day.totals(), d, false);
            rangeContributors.forEach(c -> c.accept(day.date(), day.date(), day.totals(), d));
            days.add(d);
        }
        out.put("days", days);
        return out;
    }

    /** Days carry the dimensions the dashboard charts per day; editors and branches only the range totals. */
    private void putTotals(Totals t, Map<String, Object> out, boolean range) {
        out.put("coding_seconds", round(t.codingSeconds()));
        out.put("web_seconds", round(t.webSeconds()));
        out.put("languages", rounded(t.dimension(RollupDimensions.LANGUAGE)));
        out.put("projects", rounded(t.dimension(RollupDimensions.PROJECT)));
        out.put("categories", rounded(t.dimension(RollupDimensions.CATEGORY)));
        out.put("domains", rounded(t.dimension(RollupDimensions.DOMAIN)));
        if (range) {
            out.put("editors", rounded(t.dimension(RollupDimensions.EDITOR)));
            out.put("branches", rounded(t.dimension(RollupDimensions.BRANCH)));
        }
        long added = t.counter("line_additions");
        long generated = t.counter("generated_additions");
        out.put("lines_added", added);
        out.put("lines_deleted", t.counter("line_deletions"));
        out.put("lines_added_human", added - generated);
        out.put("lines_added_generated", generated);
        out.put("keystrokes", t.counter("keystrokes"));
        out.put("characters", t.counter("characters"));
        out.put("files_modified", t.filesModified());
        out.put("saves", t.counter("saves"));
        out.put("tab_switches", t.counter("tab_switches"));
        contributors.forEach(c -> c.accept(t, out));
    }

    static Map<String, Double> rounded(Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, round(v)));
        return out;
    }

    static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
