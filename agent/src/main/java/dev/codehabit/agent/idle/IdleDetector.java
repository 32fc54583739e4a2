package dev.codehabit.agent.idle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides away/back from the time of the last input. Away is backdated to the last input, so the minutes spent
 * waiting for the threshold to pass are not counted as work.
 */
public final class IdleDetector {
    public sealed interface Change permits WentAway, CameBack {}

    public record WentAway(Instant since) implements Change {}

    public record CameBack(Instant at) implements Change {}

    private volatile Duration threshold;
    private Instant awaySince;

    public IdleDetector(Duration threshold) {
        this.threshold = threshold;
    }

    public void setThreshold(Duration threshold) {
        this.threshold = threshold;
    }

    /**
     * @param lastInput when input was last seen (the agent's start time if none yet)
     * @param now       the current time
     */
    public synchronized Optional<Change> update(Instant lastInput, Instant now) {
        if (awaySince == null) {
            if (!now.isBefore(lastInput.plus(threshold))) {
                awaySince = lastInput;
                return Optional.of(new WentAway(lastInput));
            }
            return Optional.empty();
        }
        if (lastInput.isAfter(awaySince)) {
            awaySince = null;
            return Optional.of(new CameBack(lastInput));
        }
        return Optional.empty();
    }
}
