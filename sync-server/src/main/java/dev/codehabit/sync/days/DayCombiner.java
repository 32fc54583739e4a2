package dev.codehabit.sync.days;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines a user's devices into one day: per local hour {@code min(3600, Σ devices)}, so two machines running
 * at once never make a day longer than 24 h. A device that shared only its total (no hours) adds that total;
 * the day is still capped at 86,400 s. Languages are summed and, when two machines overlapped, scaled down so
 * they never add up to more than the combined day.
 */
public final class DayCombiner {
    private DayCombiner() {}

    public static CombinedDay combine(List<DeviceDay> devices) {
        int[] hours = new int[24];
        long withoutHours = 0;
        Map<String, Long> languages = new TreeMap<>();
        for (DeviceDay d : devices) {
            if (d.hours().isPresent()) {
                int[] h = d.hours().get();
                for (int i = 0; i < 24; i++) {
                    hours[i] += h[i];
                }
            } else {
                withoutHours += d.codingSeconds().orElse(0);
            }
            d.languages().forEach((name, s) -> languages.merge(name, (long) s, Long::sum));
        }
        long total = withoutHours;
        for (int h : hours) {
            total += Math.min(DayValidator.HOUR, h);
        }
        int coding = (int) Math.min(DayValidator.DAY, total);
        long languageSum = languages.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Integer> scaled = new TreeMap<>();
        languages.forEach((name, s) -> {
            long v = languageSum > coding ? s * coding / languageSum : s;
            if (v > 0) {
                scaled.put(name, (int) v);
            }
        });
        return new CombinedDay(coding, scaled);
    }
}
