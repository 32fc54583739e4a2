package dev.codehabit.agent.focus;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings → Focus's one line per schedule, "Mon-Fri 09:00-12:00 strict", in both directions. */
class ScheduleTextTest {
    @Test
    void aStrictScheduleRoundTripsWithItsStrictness() {
        FocusSchedule strict = ScheduleText.parse("Mon-Fri 09:00-12:00 strict");
        assertThat(strict.strict()).isTrue();
        assertThat(strict.days()).containsExactly(MONDAY, DayOfWeek.TUESDAY, WEDNESDAY, DayOfWeek.THURSDAY, FRIDAY);
        assertThat(ScheduleText.format(strict)).isEqualTo("Mon-Fri 09:00-12:00 strict");
        assertThat(ScheduleText.parse("Sat,Sun 10:00-11:30").strict()).isFalse();
    }

    /** The key names today's session: a schedule shown and saved unchanged must keep it, whatever its day order. */
    @Test
    void formattingThenParsingKeepsTheKey() {
        for (FocusSchedule s : List.of(
                new FocusSchedule(7, List.of(FRIDAY, MONDAY, WEDNESDAY), LocalTime.of(8, 0), LocalTime.of(9, 15), true),
                new FocusSchedule(8, List.of(FRIDAY, SATURDAY, SUNDAY, MONDAY), LocalTime.of(8, 0), LocalTime.of(9, 0), false),
                new FocusSchedule(9, List.of(SATURDAY, SUNDAY), LocalTime.of(6, 30), LocalTime.of(22, 0), false))) {
            assertThat(ScheduleText.parse(ScheduleText.format(s)).key()).isEqualTo(s.key());
        }
        assertThat(ScheduleText.format(new FocusSchedule(0, List.of(FRIDAY, SATURDAY, SUNDAY, MONDAY),
                LocalTime.of(8, 0), LocalTime.of(9, 0), false))).isEqualTo("Fri-Mon 08:00-09:00");
    }

    @Test
    void weekdaysParseAsRangesAndLists() {
        assertThat(ScheduleText.parseDays("Sat,Sun")).containsExactly(SATURDAY, SUNDAY);
        assertThat(ScheduleText.parseDays("Mon,Wed-Fri")).containsExactly(MONDAY, WEDNESDAY, DayOfWeek.THURSDAY, FRIDAY);
        assertThatThrownBy(() -> ScheduleText.parseDays("Funday")).hasMessageContaining("not a weekday");
    }

    @Test
    void aMalformedLineSaysWhatIsExpected() {
        assertThatThrownBy(() -> ScheduleText.parse("Mon-Fri 9-12")).hasMessageContaining("HH:mm");
        assertThatThrownBy(() -> ScheduleText.parse("Mon-Fri 09:00-12:00 lenient")).hasMessageContaining("Mon-Fri 09:00-12:00");
        assertThatThrownBy(() -> ScheduleText.parse("Mon-Fri 12:00-09:00")).hasMessageContaining("end after start");
    }
}
