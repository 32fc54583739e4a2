package dev.codehabit.agent.desktop;

import dev.codehabit.agent.Services;
import dev.codehabit.agent.support.Beats;
import dev.codehabit.agent.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Away time is cut out of coding and web spans in the real store. */
class IdleClipperTest {
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void goingAwayEndsBothStreamsAtTheLastInput(@TempDir Path dir) {
        MutableClock clock = new MutableClock(NINE);
        try (Services s = new Services(dir, clock)) {
            IdleClipper clipper = new IdleClipper(s.ingest(), s.database(), clock, () -> true);
            double t = NINE.getEpochSecond();
            // coding heartbeats every minute 09:00–09:10, browser 09:00–09:10 too
            for (int i = 0; i <= 10; i++) {
                s.ingest().record(List.of(Beats.coding(t + i * 60), Beats.web(t + i * 60 + 1, "github.com")));
            }
            // last input at 09:04; the monitor notices at 09:07 (3 min threshold) and backdates
            clipper.away(NINE.plusSeconds(4 * 60));
            var totals = s.stats().stats(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)).total();
            assertThat(totals.codingSeconds()).isEqualTo(4 * 60, org.assertj.core.api.Assertions.within(1.0));
            // browsing from 09:00:01 (its first heartbeat) to the last input at 09:04: 3 min 59 s; each of the seven
            // web heartbeats after it (09:04:01 … 09:10:01) is closed again right after it starts
            assertThat(totals.webSeconds()).isEqualTo(4 * 60 - 1 + 7 * AudibleWebSpan.CLOSE_AFTER,
                    org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @Test
    void heartbeatsArrivingWhileAwayAddNoTimeUntilTheUserIsBack(@TempDir Path dir) {
        MutableClock clock = new MutableClock(NINE);
        try (Services s = new Services(dir, clock)) {
            IdleClipper clipper = new IdleClipper(s.ingest(), s.database(), clock, () -> true);
            double t = NINE.getEpochSecond();
            clipper.away(NINE);
            for (int i = 1; i <= 10; i++) {
                clock.advance(Duration.ofMinutes(1));
                s.ingest().record(List.of(Beats.web(t + i * 60, "youtube.com")));
            }
            var day = LocalDate.of(2026, 3, 2);
            assertThat(s.stats().stats(day, day).total().webSeconds()).isLessThan(1.0);

            clipper.back(clock.instant());
            for (int i = 11; i <= 15; i++) {
                clock.advance(Duration.ofMinutes(1));
                s.ingest().record(List.of(Beats.web(t + i * 60, "github.com")));
            }
            assertThat(s.stats().stats(day, day).total().webSeconds()).isEqualTo(4 * 60, org.assertj.core.api.Assertions.within(1.0));
        }
    }
}
