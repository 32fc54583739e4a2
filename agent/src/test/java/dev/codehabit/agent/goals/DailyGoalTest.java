package dev.codehabit.agent.goals;

import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.support.Beats;
import dev.codehabit.agent.support.MutableClock;
import dev.codehabit.agent.support.TestAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily goal reached is the core's event, not the desktop's: a headless agent learns of it too, once
 * per day, and a restart the same day does not announce it again.
 */
class DailyGoalTest {
    private static final Instant MORNING = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(MORNING);

    @Test
    void theGoalIsReachedOncePerDayAlsoAfterARestart() {
        List<DailyGoal.Reached> reached = new CopyOnWriteArrayList<>();
        try (TestAgent agent = start(reached)) {
            code(agent, MORNING, 9); // 9 minutes: not yet
            assertThat(reached).isEmpty();
            code(agent, MORNING.plusSeconds(9 * 60), 1); // the tenth minute
            assertThat(reached).extracting(DailyGoal.Reached::day).containsExactly(LocalDate.of(2026, 11, 23));
            assertThat(reached.getFirst().codingSeconds()).isEqualTo(600);
            assertThat(reached.getFirst().goalSeconds()).isEqualTo(600);
            code(agent, MORNING.plusSeconds(10 * 60), 5);
            assertThat(reached).hasSize(1);
        }
        try (TestAgent again = start(reached)) { // same day, after a restart
            code(again, MORNING.plusSeconds(3600), 15);
            assertThat(reached).hasSize(1);

            clock.advance(Duration.ofDays(1));
            code(again, MORNING.plus(Duration.ofDays(1)).plusSeconds(7200), 11);
            assertThat(reached).extracting(DailyGoal.Reached::day)
                    .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24));
        }
    }

    @Test
    void loweringTheGoalBelowTodaysCodingAnnouncesItAndNoGoalNeverDoes() {
        List<DailyGoal.Reached> reached = new CopyOnWriteArrayList<>();
        try (TestAgent agent = start(reached)) {
            agent.core().services().settings().change(s -> s.withDailyGoalMinutes(0));
            code(agent, MORNING, 30);
            assertThat(reached).isEmpty();
            agent.core().services().settings().change(s -> s.withDailyGoalMinutes(20));
            assertThat(reached).extracting(DailyGoal.Reached::goalSeconds).containsExactly(1200.0);
        }
    }

    private TestAgent start(List<DailyGoal.Reached> into) {
        TestAgent agent = new TestAgent(dir, clock);
        agent.core().services().settings().change(s -> s.withTimeZone("UTC").withDailyGoalMinutes(10));
        agent.core().goal().onReached(into::add);
        return agent;
    }

    /** One heartbeat a minute for that many minutes, then one closing the last minute, stored as the API stores them. */
    private void code(TestAgent agent, Instant from, int minutes) {
        List<Heartbeat> beats = new ArrayList<>();
        for (int m = 0; m <= minutes; m++) {
            beats.add(Beats.coding(from.getEpochSecond() + m * 60.0));
        }
        clock.advance(Duration.between(clock.instant(), from.plusSeconds(minutes * 60L + 1)));
        agent.core().services().ingest().record(beats);
    }
}
