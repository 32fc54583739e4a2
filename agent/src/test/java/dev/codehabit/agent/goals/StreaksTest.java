package dev.codehabit.agent.goals;

import dev.codehabit.agent.stats.DayStats;
import dev.codehabit.agent.stats.Totals;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One streak: days in a row at the daily coding goal; today does not break it before it is over. */
class StreaksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final double GOAL = 4 * 3600;

    @Test
    void aDayCountsWhenItMeetsTheGoalNotWhenItHasSomeCoding() {
        // Twelve coding days, of which only the last two (before today) met the four-hour goal: the tile said
        // "Current streak 12 days" while the Goals card said "1 day in a row at goal" (issue 11, defect 4).
        List<DayStats> days = days(3600, 3600, 3600, 3600, 3600, 3600, 3600, 3600, 3600, 3600, GOAL, GOAL + 1, 0);
        assertThat(Streaks.current(days, TODAY, GOAL)).isEqualTo(2);
        assertThat(Streaks.longest(days, GOAL)).isEqualTo(2);
    }

    @Test
    void todayExtendsTheStreakOnceItMeetsTheGoalAndNeverBreaksIt() {
        assertThat(Streaks.current(days(GOAL, GOAL, GOAL - 1), TODAY, GOAL)).as("today not yet at goal").isEqualTo(2);
        assertThat(Streaks.current(days(GOAL, GOAL, GOAL), TODAY, GOAL)).isEqualTo(3);
        assertThat(Streaks.current(days(GOAL, GOAL - 1, GOAL), TODAY, GOAL)).as("yesterday missed").isEqualTo(1);
    }

    @Test
    void withoutAGoalAMinuteOfCodingCounts() {
        assertThat(Streaks.current(days(60, 59, 60, 3600, 0), TODAY, 0)).isEqualTo(2);
        assertThat(DailyGoal.met(10_000, 0)).as("no goal is never met").isFalse();
    }

    /** Consecutive days ending today, with that much coding each. */
    private static List<DayStats> days(double... coding) {
        List<DayStats> out = new ArrayList<>();
        for (int i = 0; i < coding.length; i++) {
            LocalDate day = TODAY.minusDays(coding.length - 1 - i);
            out.add(new DayStats(day, new Totals(Map.of("stream", Map.of("coding", coding[i])), Map.of(), 0)));
        }
        return out;
    }
}
