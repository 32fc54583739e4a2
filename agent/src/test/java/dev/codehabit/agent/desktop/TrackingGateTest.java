package dev.codehabit.agent.desktop;

import dev.codehabit.agent.Services;
import dev.codehabit.agent.ingest.IngestResult;
import dev.codehabit.agent.support.Beats;
import dev.codehabit.agent.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pausing from the tray and switching a source off keep heartbeats out of the store. */
class TrackingGateTest {
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void nothingIsStoredWhilePausedAndClientsAreStillAcknowledged(@TempDir Path dir) {
        MutableClock clock = new MutableClock(NINE);
        try (Services s = new Services(dir, clock)) {
            TrackingControl tracking = new TrackingControl(clock, java.time.ZoneOffset.UTC,
                    new IdleClipper(s.ingest(), s.database(), clock, () -> true));
            s.ingest().addGate(new TrackingGate(tracking));
            tracking.pauseFor(Duration.ofMinutes(15));
            List<IngestResult> results = s.ingest().record(List.of(Beats.coding(NINE.getEpochSecond() + 60),
                    Beats.web(NINE.getEpochSecond() + 61, "github.com")));
            assertThat(results).allMatch(r -> r instanceof IngestResult.Stored stored && stored.duplicate());
            assertThat(storedNonSignals(s)).isZero();

            clock.advance(Duration.ofMinutes(15));
            s.ingest().record(List.of(Beats.coding(clock.instant().getEpochSecond())));
            assertThat(storedNonSignals(s)).isEqualTo(1);
        }
    }

    @Test
    void aSourceSwitchedOffInSettingsIsNotStoredEvenHeadless(@TempDir Path dir) {
        MutableClock clock = new MutableClock(NINE);
        try (Services s = new Services(dir, clock)) { // the core alone, no desktop gate
            var current = s.settings().get();
            s.settings().update(new dev.codehabit.agent.config.Settings(current.keystrokeTimeoutSeconds(),
                    current.timeZone(), current.idleThresholdSeconds(), false, true, true, current.theme(),
                    current.dailyGoalMinutes(), current.audibleKeepsActive()));
            s.ingest().record(List.of(Beats.web(NINE.getEpochSecond(), "github.com"), Beats.coding(NINE.getEpochSecond())));
            assertThat(storedNonSignals(s)).isEqualTo(1);
        }
    }

    private static long storedNonSignals(Services s) {
        return s.database().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM heartbeat WHERE signal IS NULL")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
