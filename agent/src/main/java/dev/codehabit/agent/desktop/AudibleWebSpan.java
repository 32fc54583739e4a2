package dev.codehabit.agent.desktop;

import java.util.ArrayList;
import java.util.List;

/**
 * The web stream while the user is away from keyboard and mouse, with the "watching a video" exception: a browser
 * tab playing sound proves someone is there, from one audible heartbeat to the next. Pure rules, no I/O: it is
 * told the web heartbeats in stream order and answers where the span must end.
 *
 * <p>The rule. While away, web time counts only between consecutive audible web heartbeats at most
 * {@link #AUDIBLE_GAP_SECONDS} apart. So at the last input the web span goes on only if the heartbeat just before
 * it was audible and that recent; any other heartbeat while away (not audible, an end signal, or audible after a
 * longer silence) ends the span at the last audible heartbeat, never later and never before the last input. A
 * span ended this way stays ended until an audible heartbeat starts a new one. With the exception off, every
 * heartbeat counts as not audible. The core's span rule then counts exactly that: each audible heartbeat
 * contributes the gap to the next one, and the last one contributes nothing, because the idle signal recorded at
 * its own time sorts after it (same time, higher id).
 */
final class AudibleWebSpan {
    /** The bridge beats every 30 s while a tab plays; the rest is margin for its 5 s tick and the network. */
    static final double AUDIBLE_GAP_SECONDS = 60;
    /** How long after a heartbeat seen while away its span is closed: as short as the store's time resolution. */
    static final double CLOSE_AFTER = 0.001;

    /** A web heartbeat as this rule sees it. */
    record Beat(double time, boolean audible, boolean endsSpan) {
        boolean keeps(boolean enabled) {
            return enabled && audible && !endsSpan;
        }
    }

    private double lastInput;
    /** The time of the last audible heartbeat of the span that is being kept, or NaN when none is. */
    private double audibleUntil = Double.NaN;

    /**
     * The user went away at {@code lastInput}; {@code before} is the web heartbeat just before it (or null).
     * Returns where the web span ends (NaN: it goes on).
     */
    double start(double lastInput, Beat before, boolean enabled) {
        this.lastInput = lastInput;
        boolean playing = before != null && before.keeps(enabled) && lastInput - before.time() <= AUDIBLE_GAP_SECONDS;
        audibleUntil = playing ? before.time() : Double.NaN;
        return playing ? Double.NaN : lastInput;
    }

    /** Web heartbeats that arrived while away, in stream order; returns the times of the idle signals to record. */
    List<Double> next(List<Beat> beats, boolean enabled) {
        List<Double> ends = new ArrayList<>();
        for (Beat b : beats) {
            if (keeping()) {
                if (b.time() <= audibleUntil) {
                    continue; // inside the stretch already proven audible: it cannot end it
                }
                if (b.keeps(enabled) && b.time() - audibleUntil <= AUDIBLE_GAP_SECONDS) {
                    audibleUntil = b.time();
                    continue;
                }
                ends.add(endOfKeptSpan());
                audibleUntil = Double.NaN;
            }
            if (b.keeps(enabled)) {
                audibleUntil = b.time(); // the span before was ended: this one starts a new one
            } else if (!b.endsSpan()) {
                ends.add(b.time() + CLOSE_AFTER);
            }
        }
        return ends;
    }

    /**
     * No audible heartbeat for longer than the gap by {@code now} (the tab went silent and nothing else came, or
     * the browser is gone): returns where the kept span ends, or NaN while it is still proven.
     */
    double lapse(double now) {
        if (!keeping() || now - audibleUntil <= AUDIBLE_GAP_SECONDS) {
            return Double.NaN;
        }
        double end = endOfKeptSpan();
        audibleUntil = Double.NaN;
        return end;
    }

    /** The user is back: whatever is kept simply goes on as an ordinary span. */
    void stop() {
        audibleUntil = Double.NaN;
    }

    boolean keeping() {
        return !Double.isNaN(audibleUntil);
    }

    /** Until the last input the user was there anyway; after it, only as far as the sound proves. */
    private double endOfKeptSpan() {
        return Math.max(audibleUntil, lastInput);
    }
}
