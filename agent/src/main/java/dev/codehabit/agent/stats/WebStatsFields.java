package dev.codehabit.agent.stats;

import dev.codehabit.agent.categories.CategoryService;
import dev.codehabit.agent.categories.ProductivityScore;
import dev.codehabit.agent.focus.FocusService;
import dev.codehabit.agent.store.RollupDimensions;

import java.time.LocalDate;
import java.util.Map;

/**
 * The browser bridge's figures in {@code /api/v1/stats}: web time per site category, productive and
 * distracting seconds, the productivity score (see {@link ProductivityScore}) and distraction attempts.
 * Categories are applied at read time, so changing a rule re-labels history without a rebuild.
 */
public final class WebStatsFields implements StatsJson.Contributor {
    private final CategoryService categories;
    private final FocusService focus;

    public WebStatsFields(CategoryService categories, FocusService focus) {
        this.categories = categories;
        this.focus = focus;
    }

    @Override
    public StatsJson.Fields prepare(Stats stats) {
        var snapshot = categories.snapshot();
        Map<LocalDate, Long> attempts = focus.attemptsPerDay(stats.from(), stats.to());
        long totalAttempts = attempts.values().stream().mapToLong(Long::longValue).sum();
        return (day, totals, out) -> {
            ProductivityScore.Breakdown b = ProductivityScore.compute(
                    totals.dimension(RollupDimensions.DOMAIN), totals.codingSeconds(), snapshot);
            out.put("site_categories", StatsJson.rounded(b.siteCategories()));
            if (day == null) {
                out.put("domain_categories", b.domainCategories()); // the range names every domain once
            }
            out.put("productive_seconds", StatsJson.round(b.productiveSeconds()));
            out.put("neutral_seconds", StatsJson.round(b.neutralSeconds()));
            out.put("distracting_seconds", StatsJson.round(b.distractingSeconds()));
            out.put("productivity_score", b.score() == null ? null : Math.round(b.score() * 10) / 10.0);
            out.put("distraction_attempts", day == null ? totalAttempts : attempts.getOrDefault(day, 0L));
        };
    }
}
