package dev.codehabit.agent.focus;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A recurring focus session, e.g. weekdays 09:00-12:00 in the agent's time zone. */
public record FocusSchedule(
        @JsonProperty("id") long id,
        @JsonProperty("days") List<DayOfWeek> days,
        @JsonProperty("start") LocalTime start,
        @JsonProperty("end") LocalTime end,
        @JsonProperty("strict") boolean strict) {

    public FocusSchedule {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day, e.g. [\"MONDAY\", \"TUESDAY\"]");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a schedule needs start and end times (HH:MM) with end after start");
        }
        days = List.copyOf(days);
    }
}
