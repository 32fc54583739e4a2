package dev.codehabit.agent.stats;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodSplitTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aRangeInsideOneMonthIsAllDays() {
        PeriodSplit s = PeriodSplit.of(d("2026-03-05"), d("2026-03-20"));
        assertThat(s.firstMonth()).isNull();
        assertThat(s.parameters()).containsExactly("2026-03-05", "2026-03-20");
    }

    @Test
    void aYearIsLooseDaysAtBothEndsAndWholeMonthsBetween() {
        PeriodSplit s = PeriodSplit.of(d("2025-11-24"), d("2026-11-23"));
        assertThat(s.firstMonth()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(s.lastMonth()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(s.parameters()).containsExactly("2025-11-24", "2025-11-30", "2026-11-01", "2026-11-23", "2025-12", "2026-10");
    }

    @Test
    void exactMonthsNeedNoDays() {
        PeriodSplit s = PeriodSplit.of(d("2026-01-01"), d("2026-02-28"));
        assertThat(s.dayRanges()).isEmpty();
        assertThat(s.parameters()).containsExactly("2026-01", "2026-02");
    }

    @Test
    void aWholeMonthFromItsFirstDayToAMidMonthEnd() {
        PeriodSplit s = PeriodSplit.of(d("2026-01-01"), d("2026-02-10"));
        assertThat(s.parameters()).containsExactly("2026-02-01", "2026-02-10", "2026-01", "2026-01");
    }
}
