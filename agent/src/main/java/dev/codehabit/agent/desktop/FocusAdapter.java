package dev.codehabit.agent.desktop;

import dev.codehabit.agent.focus.FocusSchedule;
import dev.codehabit.agent.focus.FocusService;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 3's focus mode as the desktop uses it: the tray's Start/Stop Focus run real (blocking) sessions, and
 * Settings → Focus edits the blocklist's domains and the schedules ("Mon-Fri 09:00-12:00").
 */
public final class FocusAdapter implements FocusBlocklist {
    private final FocusService focus;

    public FocusAdapter(FocusService focus) {
        this.focus = focus;
    }

    /** Starts a (non-strict) session; throws with the reason when one is already running. */
    public void start(int minutes) {
        focus.start(minutes, false);
    }

    public void end() {
        focus.end();
    }

    /**
     * The end of the session running now, whoever started it (the tray, a schedule, the API, a bridge); empty
     * when none runs.
     */
    public java.util.Optional<java.time.Instant> runningUntil() {
        var state = focus.state();
        return state.active() ? java.util.Optional.of(java.time.Instant.parse(state.endsAt())) : java.util.Optional.empty();
    }

    @Override
    public List<String> blockedDomains() {
        return focus.blocklist().domains();
    }

    @Override
    public void setBlockedDomains(List<String> domains) {
        focus.replaceBlocklist(domains, focus.blocklist().categories());
    }

    @Override
    public List<Schedule> schedules() {
        return focus.schedules().stream().map(s -> new Schedule(days(s.days()), s.start().toString(), s.end().toString()))
                .toList();
    }

    @Override
    public void setSchedules(List<Schedule> schedules) {
        focus.replaceSchedules(schedules.stream().map(s -> new FocusSchedule(0, parseDays(s.days()),
                LocalTime.parse(s.from()), LocalTime.parse(s.to()), false)).toList());
    }

    static String days(List<DayOfWeek> days) {
        return String.join(",", days.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList());
    }

    /** "Mon-Fri", "Sat,Sun", "Mon,Wed-Fri". */
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

    private static DayOfWeek day(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (n.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a weekday (Mon, Tue, ... Sun)");
    }
}
