package dev.codehabit.agent.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one short duration form the CLI, the dashboard and the tray share: rounded to the nearest minute. */
class DurationTextTest {
    @Test
    void roundsToTheNearestMinute() {
        assertThat(DurationText.compact(5 * 3600 + 26 * 60 + 30)).isEqualTo("5h 27m");
        assertThat(DurationText.compact(5 * 3600 + 26 * 60 + 29)).isEqualTo("5h 26m");
        assertThat(DurationText.compact(3599)).isEqualTo("1h");
        assertThat(DurationText.compact(3630)).isEqualTo("1h 1m");
        assertThat(DurationText.compact(42 * 60)).isEqualTo("42m");
        assertThat(DurationText.compact(29)).isEqualTo("0m");
        assertThat(DurationText.compact(0)).isEqualTo("0m");
    }

    @Test
    void periodsAreTheLastNDaysUpToToday() {
        var monday = java.time.LocalDate.parse("2026-05-04");
        assertThat(Period.TODAY.from(monday)).isEqualTo(monday);
        assertThat(Period.WEEK.from(monday)).isEqualTo("2026-04-28");
        assertThat(Period.MONTH.from(monday)).isEqualTo("2026-04-05");
        assertThat(Period.YEAR.from(monday)).isEqualTo("2025-05-05");
    }
}
