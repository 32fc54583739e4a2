package dev.codehabit.agent.focus;

import dev.codehabit.agent.refusal.InvalidInputException;
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
            throw new InvalidInputException("a schedule needs at least one day, e.g. [\"MONDAY\", \"TUESDAY\"]");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new InvalidInputException("a schedule needs start and end times (HH:MM) with end after start");
        }
        days = List.copyOf(days);
    }

    /**
     * What the schedule is, independent of its row id (ids are reassigned when the list is replaced):
     * names today's session, so a schedule that already ran today does not run again after the list is
     * saved unchanged, and a changed one is a new schedule. E.g. {@code MONDAY,FRIDAY 09:00-12:00 strict}.
     */
    public String key() {
        return String.join(",", days.stream().map(DayOfWeek::name).toList()) + " " + start + "-" + end
                + (strict ? " strict" : "");
    }
}
