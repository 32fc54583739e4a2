package dev.codehabit.agent.dashboard;

import dev.codehabit.agent.activity.Heartbeat.Stream;

import java.time.Instant;

/**
 * A stretch of tracked time on the day timeline.
 *
 * @param label  the project (coding) or domain (web)
 * @param detail the language (coding) or site category (web), may be null
 */
public record TimelineSpan(Instant start, Instant end, Stream stream, String label, String detail) {
    public double seconds() {
        return (end.toEpochMilli() - start.toEpochMilli()) / 1000.0;
    }
}
