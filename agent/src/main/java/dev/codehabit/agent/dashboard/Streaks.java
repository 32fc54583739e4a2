package dev.codehabit.agent.dashboard;

import dev.codehabit.agent.stats.DayStats;

import java.time.LocalDate;
import java.util.List;

/** Streaks of coding days: a day counts when it has at least a minute of coding. */
public final class Streaks {
    private static final double MIN_SECONDS = 60;

    private Streaks() {}

    /** Days in a row up to today; today still counts as "not yet" rather than breaking the streak. */
    public static int current(List<DayStats> days, LocalDate today) {
        int streak = 0;
        for (int i = days.size() - 1; i >= 0; i--) {
            DayStats d = days.get(i);
            if (d.date().isAfter(today)) {
                continue;
            }
            if (d.totals().codingSeconds() >= MIN_SECONDS) {
                streak++;
            } else if (!d.date().equals(today)) {
                break;
            }
        }
        return streak;
    }

    public static int longest(List<DayStats> days) {
        int best = 0;
        int run = 0;
        for (DayStats d : days) {
            run = d.totals().codingSeconds() >= MIN_SECONDS ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
