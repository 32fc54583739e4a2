package dev.codehabit.agent.stats;

import java.time.LocalDate;

/**
 * The named periods, one definition for the CLI's report and the dashboard: each is the last N days up to and
 * including today (Week = 7 days, Month = 30, Year = 365), not the calendar week or month, so a period is never
 * a lone Monday or the first of the month.
 */
public enum Period {
    TODAY(1), WEEK(7), MONTH(30), YEAR(365);

    private final int days;

    Period(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** The first day of the period that ends today. */
    public LocalDate from(LocalDate today) {
        return today.minusDays(days - 1L);
    }
}
