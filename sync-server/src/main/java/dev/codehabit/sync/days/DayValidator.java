package dev.codehabit.sync.days;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one day's JSON against the rules of the sync API and turns it into a {@link DayUpload}; the first
 * broken rule is thrown as {@link DayRejected} with the field and the reason.
 */
public final class DayValidator {
    static final int DAY = 86_400;
    static final int HOUR = 3_600;
    static final int HOURS_TOLERANCE = 60;
    static final int MAX_NAMES = 100;
    static final int MAX_NAME_LENGTH = 64;
    static final int MAX_AGE_DAYS = 366;
    private static final Set<String> SECONDS = Set.of("web_productive_seconds", "web_distracting_seconds");
    private static final Set<String> COUNTS = Set.of("lines_added", "lines_deleted", "keystrokes", "focus_sessions", "goals_met");
    private static final Set<String> KNOWN = Set.of("date", "time_zone", "version", "coding_seconds", "hours", "languages",
            "editors", "productivity_score", "web_productive_seconds", "web_distracting_seconds", "lines_added",
            "lines_deleted", "keystrokes", "focus_sessions", "goals_met");

    private final Clock clock;

    public DayValidator(Clock clock) {
        this.clock = clock;
    }

    public DayUpload validate(String dateText, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new DayRejected("body", "must be a JSON object");
        }
        ObjectNode day = (ObjectNode) node;
        ZoneId zone = zone(day.get("time_zone"));
        LocalDate date = date(dateText, zone);
        long version = version(day.get("version"));
        Optional<Integer> coding = optionalSeconds(day, "coding_seconds", DAY);
        Optional<int[]> hours = hours(day.get("hours"), coding);
        int dayTotal = coding.orElse(hours.map(DayValidator::sum).orElse(DAY));
        Optional<Map<String, Integer>> languages = names(day, "languages", dayTotal);
        names(day, "editors", dayTotal);
        for (String field : SECONDS) {
            optionalSeconds(day, field, DAY);
        }
        for (String field : COUNTS) {
            optionalSeconds(day, field, Integer.MAX_VALUE);
        }
        JsonNode score = day.get("productivity_score");
        if (score != null && !score.isNull() && (!score.isNumber() || score.asDouble() < 0 || score.asDouble() > 100)) {
            throw new DayRejected("productivity_score", "must be a number from 0 to 100, or null");
        }
        unknownFields(day);
        ObjectNode stored = day.deepCopy();
        stored.remove("date");
        return new DayUpload(date, zone, version, coding, hours, languages, stored.toString());
    }

    private static ZoneId zone(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new DayRejected("time_zone", "is required (an IANA zone such as Europe/Paris)");
        }
        if (!node.isTextual()) {
            throw new DayRejected("time_zone", "must be a string");
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            throw new DayRejected("time_zone", "unknown time zone '" + node.asText() + "'");
        }
    }

    private LocalDate date(String text, ZoneId zone) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new DayRejected("date", "must be YYYY-MM-DD");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (date.isAfter(today.plusDays(1))) {
            throw new DayRejected("date", "is after tomorrow in " + zone);
        }
        if (date.isBefore(today.minusDays(MAX_AGE_DAYS))) {
            throw new DayRejected("date", "is more than " + MAX_AGE_DAYS + " days old");
        }
        return date;
    }

    private static long version(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new DayRejected("version", "is required");
        }
        if (!node.isIntegralNumber() || node.asLong() < 0 || !node.canConvertToLong()) {
            throw new DayRejected("version", "must be a non-negative integer");
        }
        return node.asLong();
    }

    private static Optional<Integer> optionalSeconds(ObjectNode day, String field, int max) {
        JsonNode node = day.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(seconds(node, field, max));
    }

    private static int seconds(JsonNode node, String field, int max) {
        if (!node.isIntegralNumber()) {
            throw new DayRejected(field, "must be a whole number");
        }
        if (node.asLong() < 0) {
            throw new DayRejected(field, "must not be negative");
        }
        if (!node.canConvertToInt() || node.asLong() > max) {
            throw new DayRejected(field, "must be at most " + max);
        }
        return node.asInt();
    }

    private static Optional<int[]> hours(JsonNode node, Optional<Integer> coding) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray() || node.size() != 24) {
            throw new DayRejected("hours", "must be an array of 24 numbers");
        }
        int[] hours = new int[24];
        for (int h = 0; h < 24; h++) {
            hours[h] = seconds(node.get(h), "hours", HOUR);
        }
        if (coding.isPresent() && Math.abs(sum(hours) - coding.get()) > HOURS_TOLERANCE) {
            throw new DayRejected("hours", "sum to " + sum(hours) + " s, not coding_seconds " + coding.get()
                    + " (±" + HOURS_TOLERANCE + " s)");
        }
        return Optional.of(hours);
    }

    private static Optional<Map<String, Integer>> names(ObjectNode day, String field, int dayTotal) {
        JsonNode node = day.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new DayRejected(field, "must be an object of name to seconds");
        }
        if (node.size() > MAX_NAMES) {
            throw new DayRejected(field, "has more than " + MAX_NAMES + " names");
        }
        Map<String, Integer> seconds = new LinkedHashMap<>();
        long total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey().strip();
            if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
                throw new DayRejected(field, "names must be 1 to " + MAX_NAME_LENGTH + " characters");
            }
            int s = seconds(e.getValue(), field, DAY);
            total += s;
            seconds.merge(name, s, Integer::sum);
        }
        if (total > dayTotal + HOURS_TOLERANCE) {
            throw new DayRejected(field, "sum to " + total + " s, more than the day's " + dayTotal + " s");
        }
        return Optional.of(seconds);
    }

    /** Unknown fields are ignored for newer agents, but only plain values: a nested object is a mistake. */
    private static void unknownFields(ObjectNode day) {
        for (Iterator<String> it = day.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!KNOWN.contains(field) && day.get(field).isContainerNode()) {
                throw new DayRejected(field, "unknown field: only numbers, strings, booleans or null are ignored");
            }
        }
    }

    static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
