package dev.codehabit.agent.demo;

import dev.codehabit.agent.activity.Heartbeat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoHistoryTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Whenever the demo runs, even just after midnight, Today shows code written before now, and nothing after it. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T00:05", "2026-11-23T00:40", "2026-11-28T00:10", "2026-11-24T03:00", "2026-11-24T07:30", "2026-11-25T16:00",
            "2026-11-28T08:00", "2026-11-29T12:00"})
    void theLastDayHasCodingUpToNowAtAnyHourOnAnyDay(String at) {
        ZonedDateTime now = LocalDateTime.parse(at).atZone(ZONE);
        List<Heartbeat> beats = generate(now);
        double midnight = now.toLocalDate().atStartOfDay(ZONE).toEpochSecond();

        List<Heartbeat> code = beats.stream().filter(h -> h.time() >= midnight && h.stream() == Heartbeat.Stream.CODING
                && h.signal() == null).toList();
        assertThat(code).as("code written today").isNotEmpty();
        assertThat(beats).allSatisfy(h -> assertThat(h.time()).isLessThanOrEqualTo(now.toEpochSecond()));
    }

    /** Screenshots stay reproducible: the days before today do not depend on the hour the demo runs. */
    @ParameterizedTest
    @ValueSource(strings = {"03:00", "16:00"})
    void earlierDaysAreTheSameWhateverTheHour(String hour) {
        LocalDate today = LocalDate.parse("2026-11-24");
        double midnight = today.atStartOfDay(ZONE).toEpochSecond();
        List<Heartbeat> noon = before(midnight, generate(today.atTime(12, 0).atZone(ZONE)));
        List<Heartbeat> other = before(midnight, generate(LocalDateTime.parse(today + "T" + hour).atZone(ZONE)));

        assertThat(other).hasSizeGreaterThan(1000).isEqualTo(noon);
    }

    private static List<Heartbeat> generate(ZonedDateTime now) {
        List<Heartbeat> out = new ArrayList<>();
        new DemoHistory(42, ZONE).generate(now.toLocalDate(), 14, now, out::add, (minute, counts) -> { });
        return out;
    }

    private static List<Heartbeat> before(double time, List<Heartbeat> beats) {
        return beats.stream().filter(h -> h.time() < time).toList();
    }
}
