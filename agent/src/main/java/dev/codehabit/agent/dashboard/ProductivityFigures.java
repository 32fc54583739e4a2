package dev.codehabit.agent.dashboard;

import dev.codehabit.agent.stats.Totals;

import java.util.Map;
import java.util.Optional;

/**
 * Productive and distracting web time and the productivity score, read from the {@code productivity} rollup
 * dimension the browser bridge's categories add (issue 3). Absent until that data exists: the dashboard then
 * hides these figures instead of showing zeros that look like facts.
 *
 * <p>Score (0–100, RescueTime's weighting): coding and very productive time count 2, productive 1, neutral 0,
 * distracting −1, very distracting −2, scaled from [−2, 2] onto [0, 100].
 */
public record ProductivityFigures(double productiveSeconds, double neutralSeconds, double distractingSeconds, int score) {
    public static final String DIMENSION = "productivity";

    public static Optional<ProductivityFigures> of(Totals totals) {
        Map<String, Double> p = totals.dimension(DIMENSION);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        double veryProductive = p.getOrDefault("very_productive", 0.0);
        double productive = p.getOrDefault("productive", 0.0);
        double neutral = p.getOrDefault("neutral", 0.0);
        double distracting = p.getOrDefault("distracting", 0.0);
        double veryDistracting = p.getOrDefault("very_distracting", 0.0);
        double coding = totals.codingSeconds();
        double weighted = 2 * (coding + veryProductive) + productive - distracting - 2 * veryDistracting;
        double all = coding + veryProductive + productive + neutral + distracting + veryDistracting;
        int score = all <= 0 ? 0 : (int) Math.round((weighted / all + 2) / 4 * 100);
        return Optional.of(new ProductivityFigures(veryProductive + productive, neutral,
                distracting + veryDistracting, score));
    }
}
