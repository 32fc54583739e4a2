package dev.codehabit.agent.desktop;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GoalWatcherTest {
    @Test
    void announcesOncePerDayWhenTheGoalIsReached() {
        GoalWatcher w = new GoalWatcher();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(w.reached(monday, 3 * 3600, 4 * 3600)).isFalse();
        assertThat(w.reached(monday, 4 * 3600, 4 * 3600)).isTrue();
        assertThat(w.reached(monday, 5 * 3600, 4 * 3600)).isFalse();
        assertThat(w.reached(monday.plusDays(1), 4 * 3600, 4 * 3600)).isTrue();
        assertThat(w.reached(monday.plusDays(2), 9 * 3600, 0)).as("no goal set").isFalse();
    }
}
