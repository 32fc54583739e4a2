package dev.codehabit.agent.dashboard;

import dev.codehabit.agent.categories.CategoryService;
import dev.codehabit.agent.categories.ProductivityScore;
import dev.codehabit.agent.stats.Totals;

import java.util.Optional;

/**
 * Productive, neutral and distracting time and the productivity score of some days, computed the way the API's
 * stats compute them ({@link ProductivityScore}, the user's site categories applied at read time). Empty when
 * nothing is categorised yet: the dashboard then hides these figures instead of showing zeros that look like facts.
 */
public record ProductivityFigures(double productiveSeconds, double neutralSeconds, double distractingSeconds, int score) {

    public static Optional<ProductivityFigures> of(Totals totals, CategoryService.Snapshot categories) {
        ProductivityScore.Breakdown b = ProductivityScore.compute(totals.dimension("domain"), totals.codingSeconds(),
                categories);
        if (b.score() == null || b.productiveSeconds() + b.neutralSeconds() + b.distractingSeconds() <= 0) {
            return Optional.empty();
        }
        // coding time counts as productive in the score; the tiles show web time, so take it out again
        double webProductive = Math.max(0, b.productiveSeconds() - totals.codingSeconds());
        return Optional.of(new ProductivityFigures(webProductive, b.neutralSeconds(), b.distractingSeconds(),
                (int) Math.round(b.score())));
    }
}
