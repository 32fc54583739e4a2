package dev.codehabit.agent.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.store.RollupDimensions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WakaTime's summaries shape, built from the same rollups. WakaTime clients ask about coding, so the totals
 * here are the coding stream; web time is in the native stats.
 */
public final class WakaTimeSummaries {
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("categories", RollupDimensions.CATEGORY);
        SECTIONS.put("languages", RollupDimensions.LANGUAGE);
        SECTIONS.put("projects", RollupDimensions.PROJECT);
        SECTIONS.put("editors", RollupDimensions.EDITOR);
        SECTIONS.put("branches", RollupDimensions.BRANCH);
    }

    private final RenderedDays rendered;

    public WakaTimeSummaries(ObjectMapper json) {
        this.rendered = new RenderedDays(json);
    }

    public Map<String, Object> summaries(Stats stats) {
        List<Object> data = new ArrayList<>();
        for (DayStats day : stats.days()) {
            data.add(rendered.get(day, d -> {
                Map<String, Object> m = day(d.totals());
                m.put("range", range(d.date(), d.date(), stats.zone()));
                return m;
            }));
        }
        double total = stats.total().codingSeconds();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", data);
        out.put("cumulative_total", Map.of(
                "seconds", StatsJson.round(total),
                "text", DurationText.text(total),
                "digital", DurationText.digital(total),
                "decimal", String.format("%.2f", total / 3600)));
        double average = stats.days().isEmpty() ? 0 : total / stats.days().size();
        out.put("daily_average", Map.of(
                "seconds", StatsJson.round(average),
                "text", DurationText.text(average),
                "days_including_holidays", stats.days().size()));
        out.put("start", stats.from().atStartOfDay(stats.zone()).toOffsetDateTime().toString());
        out.put("end", stats.to().plusDays(1).atStartOfDay(stats.zone()).minusSeconds(1).toOffsetDateTime().toString());
        return out;
    }

    public static Map<String, Object> statusBar(Stats today) {
        Map<String, Object> d = day(today.total());
        d.put("range", range(today.from(), today.to(), today.zone()));
        d.put("is_up_to_date", true);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", d);
        return out;
    }

    private static Map<String, Object> day(Totals t) {
        double total = t.codingSeconds();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("grand_total", grandTotal(total));
        SECTIONS.forEach((section, dimension) -> d.put(section, items(t.dimension(dimension), total)));
        return d;
    }

    private static Map<String, Object> grandTotal(double seconds) {
        long whole = Math.round(seconds);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("total_seconds", StatsJson.round(seconds));
        g.put("text", DurationText.text(seconds));
        g.put("digital", DurationText.digital(seconds));
        g.put("hours", whole / 3600);
        g.put("minutes", (whole % 3600) / 60);
        g.put("decimal", String.format("%.2f", seconds / 3600));
        return g;
    }

    private static List<Map<String, Object>> items(Map<String, Double> values, double total) {
        List<Map<String, Object>> items = new ArrayList<>();
        values.forEach((name, seconds) -> {
            long whole = Math.round(seconds);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", name);
            item.put("total_seconds", StatsJson.round(seconds));
            item.put("percent", total > 0 ? Math.round(seconds / total * 10000) / 100.0 : 0.0);
            item.put("text", DurationText.text(seconds));
            item.put("digital", DurationText.digital(seconds));
            item.put("hours", whole / 3600);
            item.put("minutes", (whole % 3600) / 60);
            item.put("seconds", whole % 60);
            items.add(item);
        });
        return items;
    }

    private static Map<String, Object> range(LocalDate from, LocalDate to, ZoneId zone) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("date", from.toString());
        r.put("start", from.atStartOfDay(zone).toOffsetDateTime().toString());
        r.put("end", to.plusDays(1).atStartOfDay(zone).minusSeconds(1).toOffsetDateTime().toString());
        r.put("text", from.equals(to) ? from.toString() : from + " – " + to);
        r.put("timezone", zone.getId());
        return r;
    }
}
