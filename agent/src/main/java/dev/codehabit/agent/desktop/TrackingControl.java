package dev.codehabit.agent.desktop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Pause and focus state of the desktop agent, as the tray shows and changes it. Pausing ends the current spans
 * (through the {@link SpanEnder}) and makes {@link #acceptsActivity()} false until it lapses or is resumed.
 */
public final class TrackingControl {
    /** What the agent is doing right now, for the tray icon and menu. */
    public record State(Instant pausedUntil, Instant focusUntil) {
        public boolean paused(Instant now) {
            return pausedUntil != null && now.isBefore(pausedUntil);
        }

        public boolean focusing(Instant now) {
            return focusUntil != null && now.isBefore(focusUntil);
        }
    }

    /** Ends the open spans of every stream at a moment (idle signals through ingest). */
    public interface SpanEnder {
        void endSpansAt(Instant at);
    }

    private final Clock clock;
    private final ZoneId zone;
    private final SpanEnder spans;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = new State(null, null);

    public TrackingControl(Clock clock, ZoneId zone, SpanEnder spans) {
        this.clock = clock;
        this.zone = zone;
        this.spans = spans;
    }

    public State state() {
        return state;
    }

    public void onChange(Consumer<State> listener) {
        listeners.add(listener);
    }

    public boolean acceptsActivity() {
        return !state.paused(clock.instant());
    }

    public void pauseFor(Duration duration) {
        pauseUntil(clock.instant().plus(duration));
    }

    /** Paused until local midnight. */
    public void pauseUntilTomorrow() {
        pauseUntil(clock.instant().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void pauseUntil(Instant until) {
        spans.endSpansAt(clock.instant());
        publish(new State(until, state.focusUntil()));
    }

    public void resume() {
        publish(new State(null, state.focusUntil()));
    }

    public void startFocus(int minutes) {
        publish(new State(null, clock.instant().plus(Duration.ofMinutes(minutes))));
    }

    public void stopFocus() {
        publish(new State(state.pausedUntil(), null));
    }

    /**
     * Takes the focus session that really runs (the focus service's): one a schedule, the API or a bridge
     * started or ended shows in the tray too, not only those started from it.
     */
    public void followFocus(java.util.Optional<Instant> runningUntil) {
        Instant until = runningUntil.orElse(null);
        if (java.util.Objects.equals(until, state.focusUntil())) {
            return;
        }
        publish(new State(state.pausedUntil(), until));
    }

    /** Drops lapsed pause/focus; returns true when a focus session just ended (time for the notification). */
    public boolean expire() {
        Instant now = clock.instant();
        State s = state;
        boolean focusEnded = s.focusUntil() != null && !s.focusing(now);
        boolean pauseEnded = s.pausedUntil() != null && !s.paused(now);
        if (focusEnded || pauseEnded) {
            publish(new State(pauseEnded ? null : s.pausedUntil(), focusEnded ? null : s.focusUntil()));
        }
        return focusEnded;
    }

    private void publish(State next) {
        state = next;
        listeners.forEach(l -> l.accept(next));
    }
}
