package dev.codehabit.agent.stats;

import dev.codehabit.agent.refusal.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Parses the date parameters of the read API into an inclusive range of local days; bad input throws InvalidInputException (a 400). */
public final class DateRanges {
    private DateRanges() {}

    public record Range(LocalDate from, LocalDate to) {}

    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
        // LocalDate takes years up to +999999999, where a range's arithmetic overflows: no history is that far off.
        if (date.getYear() < 1970 || date.getYear() > 9999) {
            throw new InvalidInputException(name + " must be a date between 1970 and 9999, not '" + value + "'");
        }
        return date;
    }

    /** WakaTime's named ranges for {@code summaries?range=}. */
    public static Range named(String range, LocalDate today) {
        return switch (range.trim().toLowerCase(Locale.ROOT)) {
            case "today" -> new Range(today, today);
            case "yesterday" -> new Range(today.minusDays(1), today.minusDays(1));
            case "last 7 days", "last_7_days" -> new Range(today.minusDays(6), today);
            case "last 7 days from yesterday" -> new Range(today.minusDays(7), today.minusDays(1));
            case "last 14 days", "last_14_days" -> new Range(today.minusDays(13), today);
            case "last 30 days", "last_30_days" -> new Range(today.minusDays(29), today);
            case "this week" -> new Range(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case "last week" -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new Range(monday, monday.plusDays(6));
            }
            case "this month" -> new Range(today.withDayOfMonth(1), today);
            case "last month" -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new Range(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            default -> throw new InvalidInputException("Unknown range '" + range + "'");
        };
    }
}
