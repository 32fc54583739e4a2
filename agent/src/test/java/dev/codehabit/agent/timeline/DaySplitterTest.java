package dev.codehabit.agent.timeline;

import dev.codehabit.agent.timeline.DaySplitter.DayShare;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DaySplitterTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static double at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BERLIN).toEpochSecond();
    }

    @Test
    void aSpanWithinOneDayStaysWhole() {
        assertThat(new DaySplitter(BERLIN).split(at(2026, 3, 10, 9, 0), 3600))
                .containsExactly(new DayShare(LocalDate.of(2026, 3, 10), 3600));
    }

    @Test
    void aSpanOverLocalMidnightIsCutThere() {
        // 23:50 to 00:05 local: 10 minutes on the first day, 5 on the next.
        assertThat(new DaySplitter(BERLIN).split(at(2026, 3, 10, 23, 50), 900)).containsExactly(
                new DayShare(LocalDate.of(2026, 3, 10), 600),
                new DayShare(LocalDate.of(2026, 3, 11), 300));
    }

    @Test
    void midnightIsTheAgentsZonesNotUtcs() {
        // 23:30 UTC on 10 March is 00:30 on the 11th in Berlin: all of it belongs to the 11th there.
        double t = ZonedDateTime.of(2026, 3, 10, 23, 30, 0, 0, ZoneId.of("UTC")).toEpochSecond();
        assertThat(new DaySplitter(BERLIN).split(t, 600)).containsExactly(new DayShare(LocalDate.of(2026, 3, 11), 600));
        assertThat(new DaySplitter(ZoneId.of("UTC")).split(t, 600)).containsExactly(new DayShare(LocalDate.of(2026, 3, 10), 600));
    }

    @Test
    void aDstChangeDayHasItsRealLength() {
        // 29 March 2026 has 23 hours in Berlin; a span from 22:00 that day to 02:00 the next is 4 h long, 2 + 2.
        double start = at(2026, 3, 29, 22, 0);
        assertThat(new DaySplitter(BERLIN).split(start, 4 * 3600)).containsExactly(
                new DayShare(LocalDate.of(2026, 3, 29), 7200),
                new DayShare(LocalDate.of(2026, 3, 30), 7200));
    }

    @Test
    void spansAreCutAtLocalHoursToo() {
        // 09:50 to 11:05: 10 min in hour 9, 60 in hour 10, 5 in hour 11.
        assertThat(new DaySplitter(BERLIN).splitHours(at(2026, 3, 10, 9, 50), 75 * 60)).containsExactly(
                new DaySplitter.HourShare(LocalDate.of(2026, 3, 10), 9, 600),
                new DaySplitter.HourShare(LocalDate.of(2026, 3, 10), 10, 3600),
                new DaySplitter.HourShare(LocalDate.of(2026, 3, 10), 11, 300));
    }

    @Test
    void theHourThatDstSkipsGetsNothing() {
        // 29 March 2026 in Berlin: 02:00 jumps to 03:00. 01:30 + 60 min ends at 03:30 local.
        assertThat(new DaySplitter(BERLIN).splitHours(at(2026, 3, 29, 1, 30), 3600)).containsExactly(
                new DaySplitter.HourShare(LocalDate.of(2026, 3, 29), 1, 1800),
                new DaySplitter.HourShare(LocalDate.of(2026, 3, 29), 3, 1800));
    }

    @Test
    void noTimeGivesNoShares() {
        assertThat(new DaySplitter(BERLIN).split(at(2026, 3, 10, 9, 0), 0)).isEmpty();
    }
}
