package dev.codehabit.agent.export;

import dev.codehabit.agent.activity.Counter;
import dev.codehabit.agent.Services;
import dev.codehabit.agent.stats.DayStats;
import dev.codehabit.agent.stats.StatsService;
import dev.codehabit.agent.stats.Totals;

import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One flat row per day that has any data, for exports. */
public final class DailyRows {
    public static final List<String> COLUMNS = List.of("date", "coding_seconds", "web_seconds", "keystrokes",
            "characters", "lines_added", "lines_deleted", "lines_added_generated", "files_modified", "tab_switches");

    private DailyRows() {}

    /** The rows as CSV, a header of {@link #COLUMNS} first: the one daily CSV, from the CLI and the desktop alike. */
    public static void writeCsv(List<Map<String, Object>> rows, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(COLUMNS);
        for (Map<String, Object> row : rows) {
            csv.row(COLUMNS.stream().map(row::get).toList());
        }
    }

    public static List<Map<String, Object>> all(Services services) {
        Optional<LocalDate[]> bounds = services.database().read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT min(day), max(day) FROM "
                    + "(SELECT day FROM daily_rollup UNION ALL SELECT day FROM daily_counter)");
                 ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    return Optional.of(new LocalDate[] {LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2))});
                }
                return Optional.empty();
            }
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        if (bounds.isEmpty()) {
            return rows;
        }
        LocalDate last = bounds.get()[1];
        for (LocalDate from = bounds.get()[0]; !from.isAfter(last); from = from.plusDays(StatsService.MAX_DAYS)) {
            LocalDate to = from.plusDays(StatsService.MAX_DAYS - 1);
            for (DayStats day : services.stats().stats(from, to.isAfter(last) ? last : to).days()) {
                Totals t = day.totals();
                if (t.counters().isEmpty() && t.seconds().isEmpty()) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("date", day.date().toString());
                row.put("coding_seconds", Math.round(t.codingSeconds() * 1000) / 1000.0);
                row.put("web_seconds", Math.round(t.webSeconds() * 1000) / 1000.0);
                row.put("keystrokes", t.counter(Counter.KEYSTROKES));
                row.put("characters", t.counter(Counter.CHARACTERS));
                row.put("lines_added", t.counter(Counter.LINE_ADDITIONS));
                row.put("lines_deleted", t.counter(Counter.LINE_DELETIONS));
                row.put("lines_added_generated", t.counter(Counter.GENERATED_ADDITIONS));
                row.put("files_modified", t.filesModified());
                row.put("tab_switches", t.counter(Counter.TAB_SWITCHES));
                rows.add(row);
            }
        }
        return rows;
    }
}
