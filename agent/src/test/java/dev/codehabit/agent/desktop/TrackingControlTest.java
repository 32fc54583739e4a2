package dev.codehabit.agent.desktop;

import dev.codehabit.agent.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingControlTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:00:00Z"));
    private final List<Instant> ended = new ArrayList<>();
    private final TrackingControl control = new TrackingControl(clock, ZoneOffset.UTC, ended::add);

    @Test
    void pausingEndsTheOpenSpansAndLapsesByItself() {
        control.pauseFor(Duration.ofMinutes(15));
        assertThat(ended).containsExactly(clock.instant());
        assertThat(control.acceptsActivity()).isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(control.acceptsActivity()).isTrue();
        control.expire();
        assertThat(control.state().pausedUntil()).isNull();
    }

    @Test
    void untilTomorrowMeansLocalMidnight() {
        control.pauseUntilTomorrow();
        assertThat(control.state().pausedUntil()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        control.resume();
        assertThat(control.acceptsActivity()).isTrue();
    }

    @Test
    void aFocusSessionReportsItsEndOnce() {
        control.startFocus(25);
        assertThat(control.state().focusing(clock.instant())).isTrue();
        clock.advance(Duration.ofMinutes(24));
        assertThat(control.expire()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(control.expire()).isTrue();
        assertThat(control.expire()).isFalse();
    }

    @Test
    void followsASessionStartedOrEndedElsewhere() {
        List<TrackingControl.State> published = new ArrayList<>();
        control.onChange(published::add);
        Instant until = clock.instant().plus(Duration.ofMinutes(50)); // a schedule started one
        control.followFocus(java.util.Optional.of(until));
        assertThat(control.state().focusing(clock.instant())).isTrue();
        assertThat(control.state().focusUntil()).isEqualTo(until);
        control.followFocus(java.util.Optional.of(until)); // nothing changed: no new state for the tray
        assertThat(published).hasSize(1);
        control.followFocus(java.util.Optional.empty()); // a bridge ended it early
        assertThat(control.state().focusUntil()).isNull();
        assertThat(control.expire()).as("an ended session is not reported as done").isFalse();
    }
}
