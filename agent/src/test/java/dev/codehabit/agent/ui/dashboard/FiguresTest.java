package dev.codehabit.agent.ui.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {
    @Test
    void thePreviousPeriodCountsItsLastDayOnlyUntilThisTimeOfDay() {
        // Today at 9 am: yesterday had 8 h, 2 h of them before 9 am
        assertThat(Figures.upToNow(8 * 3600, 8 * 3600, 2 * 3600)).isEqualTo(2 * 3600);
        // The last seven days: the seven before had 30 h, their last day 5 h, 1 h of it by this time
        assertThat(Figures.upToNow(30 * 3600, 5 * 3600, 3600)).isEqualTo(26 * 3600);
    }

    @Test
    void aTrendSaysWhenThereIsNothingToCompareAgainstYet() {
        assertThat(Figures.trend(3600, 2400, 60, false)).isEqualTo("+50% vs yesterday");
        assertThat(Figures.trend(1200, 2400, 60, true)).isEqualTo("−50% vs previous");
        assertThat(Figures.trend(2400, 2400, 60, false)).isEqualTo("±0% vs yesterday");
        assertThat(Figures.trend(600, 0, 60, false)).isEqualTo("yesterday: none by now");
        // 10 s of yesterday before this time is no base for a percentage ("+5900%")
        assertThat(Figures.trend(600, 10, 60, false)).isEqualTo("yesterday: little by now");
        assertThat(Figures.trend(0, 0, 60, true)).isEqualTo("– vs previous");
    }
}
