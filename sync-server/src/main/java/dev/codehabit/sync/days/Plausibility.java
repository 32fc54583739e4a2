package dev.codehabit.sync.days;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which days are held off the boards for review: a day over 20 h of coding, or every day of a run of 7 or more
 * days in a row over 16 h. Held days stay the user's; they only count for no rank.
 */
public final class Plausibility {
    static final int DAY_LIMIT = 20 * 3600;
    static final int STREAK_LIMIT = 16 * 3600;
    static final int STREAK_DAYS = 7;
    /** How far a change to one day can move another day's hold: a run of 7 through it. */
    public static final int REACH = STREAK_DAYS - 1;

    private Plausibility() {}

    public static Set<LocalDate> held(Map<LocalDate, Integer> coding) {
        Set<LocalDate> held = new HashSet<>();
        for (Map.Entry<LocalDate, Integer> e : coding.entrySet()) {
            if (e.getValue() > DAY_LIMIT) {
                held.add(e.getKey());
            }
            LocalDate start = e.getKey();
            if (over(coding, start.minusDays(1))) {
                continue;
            }
            int run = 0;
            while (over(coding, start.plusDays(run))) {
                run++;
            }
            if (run >= STREAK_DAYS) {
                for (int i = 0; i < run; i++) {
                    held.add(start.plusDays(i));
                }
            }
        }
        return held;
    }

    private static boolean over(Map<LocalDate, Integer> coding, LocalDate day) {
        return coding.getOrDefault(day, 0) > STREAK_LIMIT;
    }
}
