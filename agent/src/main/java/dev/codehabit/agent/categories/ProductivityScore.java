package dev.codehabit.agent.categories;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RescueTime's productivity pulse over categorised time:
 * {@code (vd·0 + d·1 + n·2 + p·3 + vp·4) / (4 · total) · 100}, where vd..vp are the seconds spent at
 * levels -2..+2 and total is their sum. Coding time from the IDE counts as very productive.
 * Uncategorised sites are left out of the score (and reported as "uncategorized").
 */
public final class ProductivityScore {
    public static final String UNCATEGORIZED = "uncategorized";

    private ProductivityScore() {}

    /**
     * @param siteCategories   category id → seconds (with {@link #UNCATEGORIZED})
     * @param domainCategories domain → category id, for the domains that have one
     * @param score            0-100, or null when there is no categorised time at all
     */
    public record Breakdown(
            Map<String, Double> siteCategories,
            Map<String, String> domainCategories,
            double productiveSeconds,
            double neutralSeconds,
            double distractingSeconds,
            Double score) {}

    public static Breakdown compute(Map<String, Double> domainSeconds, double codingSeconds,
                                    CategoryService.Snapshot categories) {
        Map<String, Double> perCategory = new LinkedHashMap<>();
        Map<String, String> domainCategories = new LinkedHashMap<>();
        double weighted = 4 * codingSeconds;
        double total = codingSeconds;
        double productive = codingSeconds;
        double neutral = 0;
        double distracting = 0;
        for (Map.Entry<String, Double> e : domainSeconds.entrySet()) {
            double seconds = e.getValue();
            var category = categories.categoryOf(e.getKey());
            if (category.isEmpty()) {
                perCategory.merge(UNCATEGORIZED, seconds, Double::sum);
                continue;
            }
            int level = category.get().level();
            domainCategories.put(e.getKey(), category.get().id());
            perCategory.merge(category.get().id(), seconds, Double::sum);
            weighted += (level + 2) * seconds;
            total += seconds;
            if (level > 0) {
                productive += seconds;
            } else if (level < 0) {
                distracting += seconds;
            } else {
                neutral += seconds;
            }
        }
        Double score = total > 0 ? weighted / (4 * total) * 100 : null;
        return new Breakdown(sortedBySeconds(perCategory), domainCategories, productive, neutral, distracting, score);
    }

    private static Map<String, Double> sortedBySeconds(Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        values.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
