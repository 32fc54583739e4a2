package dev.codehabit.agent.stats;

import dev.codehabit.agent.activity.Counter;
import dev.codehabit.agent.store.RollupDimensions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The native {@code /api/v1/stats} shape: flat totals for the range plus the same fields per day.
 * Other features add their fields through {@link Contributor}s.
 */
public final class StatsJson {
    private final List<Contributor> contributors = new ArrayList<>();

    /** A feature's extra fields (e.g. web categories, the productivity score, distraction attempts). */
    @FunctionalInterface
    public interface Contributor {
        /** Called once per request: load what the whole range needs (one query, not one per day). */
        Fields prepare(Stats stats);
    }

    /** Adds a feature's fields to the range totals and to each day. */
    @FunctionalInterface
    public interface Fields {
        /** @param day the day of a day's entry, or null for the range totals */
        void add(LocalDate day, Totals totals, Map<String, Object> out);
    }

    public void addContributor(Contributor contributor) {
        contributors.add(contributor);
    }

    public Map<String, Object> toMap(Stats stats) {
        return toMap(stats, true);
    }

    /**
     * @param dayBreakdowns whether each day carries its name → seconds maps (languages, domains, ...) or only
     *                      its figures; a year of per-day maps is most of a reply nobody asked for
     */
    public Map<String, Object> toMap(Stats stats, boolean dayBreakdowns) {
        List<Fields> fields = contributors.stream().map(c -> c.prepare(stats)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", stats.from().toString());
        out.put("to", stats.to().toString());
        out.put("timezone", stats.zone().getId());
        putTotals(stats.total(), out, true);
        fields.forEach(f -> f.add(null, stats.total(), out));
        List<Map<String, Object>> days = new ArrayList<>(stats.days().size());
        for (DayStats day : stats.days()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("date", day.date().toString());
            putTotals(day.totals(), d, false);
            fields.forEach(f -> f.add(day.date(), day.totals(), d));
            if (!dayBreakdowns) {
                d.values().removeIf(v -> v instanceof Map);
            }
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
        long added = t.counter(Counter.LINE_ADDITIONS);
        long generated = t.counter(Counter.GENERATED_ADDITIONS);
        out.put("lines_added", added);
        out.put("lines_deleted", t.counter(Counter.LINE_DELETIONS));
        out.put("lines_added_human", added - generated);
        out.put("lines_added_generated", generated);
        out.put("keystrokes", t.counter(Counter.KEYSTROKES));
        out.put("characters", t.counter(Counter.CHARACTERS));
        out.put("files_modified", t.filesModified());
        out.put("saves", t.counter(Counter.SAVES));
        out.put("tab_switches", t.counter(Counter.TAB_SWITCHES));
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
