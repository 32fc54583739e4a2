package dev.codehabit.agent.focus;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A recurring focus session, e.g. weekdays 09:00-12:00 in the agent's time zone. */
public record FocusSchedule(
        long id,
        List<DayOfWeek> days,
        LocalTime start,
        LocalTime end,
        boolean strict) {

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
