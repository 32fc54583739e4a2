package dev.codehabit.agent.stats;

import dev.codehabit.agent.activity.Counter;
import dev.codehabit.agent.activity.Heartbeat.Stream;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time and counts over some days.
 *
 * @param seconds  per rollup dimension ({@code language}, {@code project}, {@code domain}, ...): name → seconds,
 *                 sorted by seconds, largest first
 * @param counters per {@link Counter} key ({@code keystrokes}, {@code line_additions}, ...): the sum
 */
public record Totals(Map<String, Map<String, Double>> seconds, Map<String, Long> counters, long filesModified) {

    public Map<String, Double> dimension(String name) {
        return seconds.getOrDefault(name, Map.of());
    }

    public double streamSeconds(Stream stream) {
        return dimension("stream").getOrDefault(stream.key(), 0.0);
    }

    public double codingSeconds() {
        return streamSeconds(Stream.CODING);
    }

    public double webSeconds() {
        return streamSeconds(Stream.WEB);
    }

    /** The day's (or days') sum of a counter; 0 when nothing counted it. */
    public long counter(Counter counter) {
        return counters.getOrDefault(counter.key(), 0L);
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
