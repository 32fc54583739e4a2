package dev.codehabit.agent.idle;

import java.time.Instant;

/** Receives the input counts of each finished minute (for the activity charts). */
public interface InputMinuteSink {
    void record(Instant minuteStart, InputCounts counts);
}
