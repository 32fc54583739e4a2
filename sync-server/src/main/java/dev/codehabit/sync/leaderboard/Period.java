package dev.codehabit.sync.leaderboard;

import dev.codehabit.sync.http.ApiException;

import java.time.LocalDate;
import java.util.Locale;

/** A board's window, in each user's own zone: today, the last 7 days or the last 30 days, today included. */
public enum Period {
    DAY(1), WEEK(7), MONTH(30);

    public static final int LONGEST = 30;
    private final int days;

    Period(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** The first day of the window that ends on {@code end}. */
    public LocalDate start(LocalDate end) {
        return end.minusDays(days - 1L);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            return WEEK;
        }
        for (Period p : values()) {
            if (p.key().equals(text)) {
                return p;
            }
        }
        throw new ApiException(400, "period must be day, week or month", java.util.Map.of("field", "period"));
    }
}
