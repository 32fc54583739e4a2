package dev.codehabit.agent.desktop;

import java.time.LocalDate;

/** Tells once per day when the day's coding reaches the daily goal (for the "goal reached" notification). */
public final class GoalWatcher {
    private LocalDate announced;

    /** @return true exactly once per day, the first time coding reaches a set goal */
    public synchronized boolean reached(LocalDate day, double codingSeconds, double goalSeconds) {
        if (goalSeconds <= 0 || codingSeconds < goalSeconds || day.equals(announced)) {
            return false;
        }
        announced = day;
        return true;
    }
}
