package dev.codehabit.sync.days;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibilityTest {
    private static final LocalDate D = LocalDate.of(2026, 6, 1);

    @Test
    void aDayOverTwentyHoursIsHeldAloneAndTwentyIsNot() {
        assertThat(Plausibility.held(Map.of(D, 20 * 3600 + 1, D.plusDays(1), 20 * 3600))).containsExactly(D);
    }

    @Test
    void sevenDaysInARowOverSixteenHoursAreAllHeldButSixAreNot() {
        Map<LocalDate, Integer> days = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            days.put(D.plusDays(i), 16 * 3600 + 1);
        }
        assertThat(Plausibility.held(days)).isEmpty();
        days.put(D.plusDays(6), 16 * 3600 + 1);
        days.put(D.plusDays(8), 17 * 3600);
        assertThat(Plausibility.held(days)).hasSize(7).doesNotContain(D.plusDays(8));
    }
}
