package dev.codehabit.agent.idle;

import dev.codehabit.agent.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdleMonitorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InputCounter counter = new InputCounter(clock);
    private final List<String> events = new ArrayList<>();
    private final List<InputCounts> minutes = new ArrayList<>();
    private final IdleMonitor monitor = new IdleMonitor(counter, new IdleDetector(Duration.ofMinutes(3)),
            (start, counts) -> minutes.add(counts), clock);

    IdleMonitorTest() {
        monitor.addListener(new AwayListener() {
            @Override
            public void away(Instant lastInput) {
                events.add("away since " + lastInput);
            }

            @Override
            public void back(Instant at) {
                events.add("back at " + at);
            }
        });
    }

    @Test
    void awayIsBackdatedToTheLastInputOnceTheThresholdPasses() {
        counter.keyPressed();
        clock.advance(Duration.ofMinutes(2).plusSeconds(59));
        monitor.tick();
        assertThat(events).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        monitor.tick();
        assertThat(events).containsExactly("away since 2026-03-02T09:00:00Z");
    }

    @Test
    void inputAfterBeingAwayReportsTheReturnAtThatInput() {
        counter.mouseClicked();
        clock.advance(Duration.ofMinutes(10));
        monitor.tick();
        counter.mouseMoved();
        clock.advance(Duration.ofSeconds(2));
        monitor.tick();
        assertThat(events).containsExactly("away since 2026-03-02T09:00:00Z", "back at 2026-03-02T09:10:00Z");
    }

    @Test
    void steadyInputNeverMakesTheUserAway() {
        for (int i = 0; i < 60; i++) {
            counter.keyPressed();
            clock.advance(Duration.ofMinutes(1));
            monitor.tick();
        }
        assertThat(events).isEmpty();
    }

    @Test
    void countsAreHandedOverPerMinuteAndOnlyCountsAreKept() {
        counter.keyPressed();
        counter.keyPressed();
        counter.mouseClicked();
        counter.wheelMoved();
        counter.mouseMoved();
        clock.advance(Duration.ofMinutes(1));
        monitor.tick();
        assertThat(minutes).containsExactly(new InputCounts(2, 1, 1, 1));
        clock.advance(Duration.ofMinutes(1));
        monitor.tick();
        assertThat(minutes).hasSize(1); // a silent minute stores nothing
    }

    @Test
    void aLoweredThresholdAppliesAtOnce() {
        counter.keyPressed();
        clock.advance(Duration.ofMinutes(1));
        monitor.setThreshold(Duration.ofSeconds(30));
        monitor.tick();
        assertThat(events).containsExactly("away since 2026-03-02T09:00:00Z");
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        List<Instant> seen = new ArrayList<>();
        IdleMonitor m = new IdleMonitor(counter, new IdleDetector(Duration.ofMinutes(1)), (s, c) -> { }, clock);
        m.addListener(new AwayListener() {
            @Override
            public void away(Instant lastInput) {
                throw new IllegalStateException("boom");
            }

            @Override
            public void back(Instant at) { }
        });
        m.addListener(new AwayListener() {
            @Override
            public void away(Instant lastInput) {
                seen.add(lastInput);
            }

            @Override
            public void back(Instant at) { }
        });
        counter.keyPressed();
        clock.advance(Duration.ofMinutes(2));
        try (var log = dev.codehabit.agent.support.CapturedLog.of(IdleMonitor.class)) {
            m.tick();
            assertThat(log.lines()).containsExactly("Away listener failed: boom");
        }
        assertThat(seen).hasSize(1);
    }
}
