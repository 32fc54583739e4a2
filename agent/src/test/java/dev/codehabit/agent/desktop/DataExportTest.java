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
import static org.assertj.core.api.Assertions.within;

/** Deleting a day leaves no trace in any figure, including the ones already read and the next heartbeat's. */
class DataExportTest {
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aDeletedDayIsGoneFromTheFiguresAndTheNextHeartbeatStartsAfresh(@TempDir Path dir) {
        MutableClock clock = new MutableClock(NINE);
        try (Services s = new Services(dir, clock)) {
            s.settings().change(settings -> settings.withTimeZone("UTC"));
            double t = NINE.getEpochSecond();
            for (int i = 0; i <= 10; i++) {
                s.ingest().record(List.of(Beats.coding(t + i * 60)));
            }
            assertThat(s.stats().stats(DAY, DAY).total().codingSeconds()).isEqualTo(600, within(0.001)); // now cached

            assertThat(new DataExport(s).deleteDay(DAY)).isEqualTo(11);
            assertThat(s.stats().stats(DAY, DAY).total().codingSeconds()).isZero();

            // The first heartbeat after the deletion follows no one: the deleted last one must not get its gap.
            clock.advance(Duration.ofMinutes(11));
            s.ingest().record(List.of(Beats.coding(t + 11 * 60)));
            assertThat(s.stats().stats(DAY, DAY).total().codingSeconds()).isZero();
        }
    }
}
