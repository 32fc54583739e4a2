package dev.codehabit.agent.desktop;

import java.util.List;

/** Sites blocked during focus sessions and the weekly schedules that start them (issue 3's focus feature). */
public interface FocusBlocklist {
    /** @param days e.g. "Mon-Fri"; from/to local "HH:mm" */
    record Schedule(String days, String from, String to) {}

    List<String> blockedDomains();

    void setBlockedDomains(List<String> domains);

    List<Schedule> schedules();

    void setSchedules(List<Schedule> schedules);
}
