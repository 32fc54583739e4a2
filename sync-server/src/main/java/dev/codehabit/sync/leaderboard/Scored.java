package dev.codehabit.sync.leaderboard;

import java.util.Comparator;

/** One member's score in a ranking set. Board order: score down, then member id down (Redis's order for ties). */
public record Scored(String member, double score) {
    public static final Comparator<Scored> BOARD_ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Scored::member, Comparator.reverseOrder());
}
