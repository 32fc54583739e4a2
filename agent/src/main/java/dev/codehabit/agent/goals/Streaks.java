package dev.codehabit.agent.goals;

import dev.codehabit.agent.stats.DayStats;

import java.time.LocalDate;
import java.util.List;

/**
 * Days in a row at the daily coding goal, the one streak the dashboard shows (its tiles and the Year page's Goals
 * card). Without a goal a day counts when it has at least a minute of coding. Today never breaks a streak before it
 * is over: until it counts, the streak is the days before it.
 */
public final class Streaks {
    /** What a day needs without a goal: a real minute of coding, not a stray heartbeat. */
    private static final double WITHOUT_GOAL_SECONDS = 60;

    private Streaks() {}

    /** Whether a day with this much coding keeps a streak going. */
    public static boolean counts(double codingSeconds, double goalSeconds) {
        return goalSeconds > 0 ? DailyGoal.met(codingSeconds, goalSeconds) : codingSeconds >= WITHOUT_GOAL_SECONDS;
    }

    /** @param days consecutive days in date order, ending at or after today */
    public static int current(List<DayStats> days, LocalDate today, double goalSeconds) {
        int streak = 0;
        for (int i = days.size() - 1; i >= 0; i--) {
            DayStats d = days.get(i);
            if (d.date().isAfter(today)) {
                continue;
            }
            if (counts(d.totals().codingSeconds(), goalSeconds)) {
                streak++;
            } else if (!d.date().equals(today)) {
                break;
            }
        }
        return streak;
    }

    public static int longest(List<DayStats> days, double goalSeconds) {
        int best = 0;
        int run = 0;
        for (DayStats d : days) {
            run = counts(d.totals().codingSeconds(), goalSeconds) ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
