package dev.codehabit.agent.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time and counts over some days.
 *
 * @param seconds  per rollup dimension ({@code language}, {@code project}, {@code domain}, ...): name → seconds,
 *                 sorted by seconds, largest first
 * @param counters per counter ({@code keystrokes}, {@code line_additions}, ...): the sum
 */
public record Totals(Map<String, Map<String, Double>> seconds, Map<String, Long> counters, long filesModified) {

    public Map<String, Double> dimension(String name) {
        return seconds.getOrDefault(name, Map.of());
    }

    public double streamSeconds(String stream) {
        return dimension("stream").getOrDefault(stream, 0.0);
    }

    public double codingSeconds() {
        return streamSeconds("coding");
    }

    public double webSeconds() {
        return streamSeconds("web");
    }

    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /** The names sorted by seconds, largest first (ties by name), as every breakdown shows them. */
    public static Map<String, Double> ranked(Map<String, Double> names) {
        if (names.size() == 1) {
            return Map.copyOf(names);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        names.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }
}
