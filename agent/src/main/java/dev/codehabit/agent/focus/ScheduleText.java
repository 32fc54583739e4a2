package dev.codehabit.agent.focus;

import dev.codehabit.agent.refusal.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link FocusSchedule} as one line of text, the way Settings → Focus shows and edits it:
 * {@code Mon-Fri 09:00-12:00 strict}. Formatting then parsing gives the same schedule (days in the same order, so
 * its {@link FocusSchedule#key()} and with it today's session stay the same).
 */
public final class ScheduleText {
    private static final String STRICT = "strict";

    private ScheduleText() {}

    public static String format(FocusSchedule s) {
        return days(s.days()) + " " + s.start() + "-" + s.end() + (s.strict() ? " " + STRICT : "");
    }

    /** @throws IllegalArgumentException naming the line and the expected form */
    public static FocusSchedule parse(String line) {
        String[] parts = line.strip().split("\\s+");
        boolean strict = parts.length == 3 && parts[2].equalsIgnoreCase(STRICT);
        String[] times = parts.length == 2 || strict ? parts[1].split("-") : new String[0];
        if (times.length != 2) {
            throw new InvalidInputException("'" + line + "' is not like 'Mon-Fri 09:00-12:00' (add 'strict' "
                    + "for a session that cannot be ended early)");
        }
        try {
            return new FocusSchedule(0, parseDays(parts[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]),
                    strict);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + line + "': times are HH:mm, like 09:00-12:00");
        }
    }

    /** Runs of three or more following days as a range ("Mon-Fri"), others listed ("Sat,Sun"). */
    static String days(List<DayOfWeek> days) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1) == days.get(j).plus(1)) {
                j++;
            }
            if (j - i >= 2) {
                out.add(name(days.get(i)) + "-" + name(days.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    out.add(name(days.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(",", out);
    }

    /** "Mon-Fri", "Sat,Sun", "Mon,Wed-Fri", "Fri-Mon" (wrapping over the weekend). */
    static List<DayOfWeek> parseDays(String text) {
        List<DayOfWeek> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] range = part.strip().split("-");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length > 1 ? day(range[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                if (!out.contains(d)) {
                    out.add(d);
                }
                if (d == to) {
                    break;
                }
            }
        }
        return out;
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static DayOfWeek day(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (n.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return d;
            }
        }
        throw new InvalidInputException("'" + name + "' is not a weekday (Mon, Tue, ... Sun)");
    }
}
