package dev.codehabit.agent.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of days cut into the whole months inside it and the loose days at either end, so range totals
 * can read month rollups for the middle and day rollups only for the edges.
 *
 * @param dayRanges   inclusive [from, to] pairs of days to read from the daily tables
 * @param firstMonth  first whole month, or null when the range holds none
 * @param lastMonth   last whole month, or null
 */
record PeriodSplit(List<LocalDate[]> dayRanges, YearMonth firstMonth, YearMonth lastMonth) {

    static PeriodSplit of(LocalDate from, LocalDate to) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.equals(YearMonth.from(to).atEndOfMonth()) ? to : to.withDayOfMonth(1).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            return new PeriodSplit(List.<LocalDate[]>of(new LocalDate[] {from, to}), null, null);
        }
        List<LocalDate[]> days = new ArrayList<>(2);
        if (from.isBefore(firstWhole)) {
            days.add(new LocalDate[] {from, firstWhole.minusDays(1)});
        }
        if (to.isAfter(lastWholeEnd)) {
            days.add(new LocalDate[] {lastWholeEnd.plusDays(1), to});
        }
        return new PeriodSplit(days, YearMonth.from(firstWhole), YearMonth.from(lastWholeEnd));
    }

    /**
     * A UNION ALL of {@code columns} from the daily and monthly table for this split; {@link #bind} fills its
     * parameters in order.
     */
    String union(String columns, String dailyTable, String monthlyTable) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < dayRanges.size(); i++) {
            parts.add("SELECT " + columns + " FROM " + dailyTable + " WHERE day BETWEEN ? AND ?");
        }
        if (firstMonth != null) {
            parts.add("SELECT " + columns + " FROM " + monthlyTable + " WHERE month BETWEEN ? AND ?");
        }
        return String.join(" UNION ALL ", parts);
    }

    List<String> parameters() {
        List<String> values = new ArrayList<>();
        for (LocalDate[] range : dayRanges) {
            values.add(range[0].toString());
            values.add(range[1].toString());
        }
        if (firstMonth != null) {
            values.add(firstMonth.toString());
            values.add(lastMonth.toString());
        }
        return values;
    }
}
