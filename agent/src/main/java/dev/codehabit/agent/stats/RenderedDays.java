package dev.codehabit.agent.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Each day's JSON, rendered once per version of that day. {@link StatsService} hands out the same
 * {@link Totals} instance until a write changes the day, so an identical instance means identical JSON;
 * a year of WakaTime summaries is then mostly copying cached text.
 */
final class RenderedDays {
    private static final int CAPACITY = 800;

    private final ObjectMapper json;
    private final Map<String, Rendered> byDay = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > CAPACITY;
        }
    };

    RenderedDays(ObjectMapper json) {
        this.json = json;
    }

    RawValue get(DayStats day, Function<DayStats, Object> render) {
        String key = day.date().toString();
        synchronized (this) {
            Rendered e = byDay.get(key);
            if (e != null && e.totals == day.totals()) {
                return e.json;
            }
        }
        RawValue rendered;
        try {
            rendered = new RawValue(json.writeValueAsString(render.apply(day)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        synchronized (this) {
            byDay.put(key, new Rendered(day.totals(), rendered));
        }
        return rendered;
    }

    private record Rendered(Totals totals, RawValue json) {}
}
