package dev.codehabit.agent.idle;

import java.time.Instant;

/** Told when the user leaves and comes back, as judged from real input. */
public interface AwayListener {
    /** No input since {@code lastInput} for the idle threshold: the user has been away since then. */
    void away(Instant lastInput);

    /** Input again at {@code at} after being away. */
    void back(Instant at);
}
