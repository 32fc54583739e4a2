package dev.codehabit.agent.timeline;

/**
 * How much time a heartbeat contributes: the gap to the next heartbeat of its stream, when that gap is
 * within the keystroke timeout (the user was at it all along); nothing when the gap is longer (they left),
 * when there is no next heartbeat yet, or when the heartbeat is itself an end signal (blur, idle).
 * This is the WakaTime/Wakapi model, plus exact ends from the bridges' signals.
 */
public record SpanRule(double timeoutSeconds) {

    public SpanRule {
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /**
     * @param time     this heartbeat's time (epoch seconds)
     * @param endsSpan whether this heartbeat is an end signal
     * @param nextTime the next heartbeat's time in the same stream, or {@code NaN} when there is none
     */
    public double contribution(double time, boolean endsSpan, double nextTime) {
        if (endsSpan || Double.isNaN(nextTime)) {
            return 0;
        }
        double gap = nextTime - time;
        return gap >= 0 && gap <= timeoutSeconds ? gap : 0;
    }
}
