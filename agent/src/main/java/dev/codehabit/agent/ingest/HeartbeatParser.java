package dev.codehabit.agent.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.activity.Heartbeat.Counts;
import dev.codehabit.agent.activity.Heartbeat.Signal;
import dev.codehabit.agent.activity.Heartbeat.Stream;

import dev.codehabit.agent.activity.Heartbeat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one JSON heartbeat into a validated {@link Heartbeat}, or says exactly what is wrong with it.
 * Unknown fields are ignored: WakaTime plugins send extras we have no use for.
 */
public final class HeartbeatParser {
    static final int MAX_STRING_BYTES = 2048;
    static final int MAX_COUNT = 1_000_000;
    static final int MAX_DEPENDENCIES = 200;
    /** Heartbeats before 2000-01-01 are clock errors, not history. */
    static final double EARLIEST_TIME = 946_684_800;
    static final double MAX_FUTURE_SECONDS = 3600;

    private static final Set<String> TYPES = Set.of("file", "app", "domain", "url");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private final Clock clock;

    public HeartbeatParser(Clock clock) {
        this.clock = clock;
    }

    public Heartbeat parse(JsonNode node) throws InvalidHeartbeatException {
        if (node == null || !node.isObject()) {
            throw new InvalidHeartbeatException("a heartbeat must be a JSON object");
        }
        String entity = text(node, "entity");
        if (entity == null || entity.isBlank()) {
            throw new InvalidHeartbeatException("entity is required");
        }
        double time = time(node);
        String type = orDefault(text(node, "type"), "file").toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new InvalidHeartbeatException("type must be one of " + TYPES + ", not '" + type + "'");
        }
        boolean webType = type.equals("domain") || type.equals("url");
        String category = orDefault(text(node, "category"), webType ? "browsing" : "coding").toLowerCase(Locale.ROOT);
        if (category.length() > 64) {
            throw new InvalidHeartbeatException("category is too long (64 characters at most)");
        }
        boolean web = webType || category.equals("browsing");
        if (web) {
            // Whatever a client calls it, web time is stored by domain only: never a URL or a path.
            entity = host(entity, type);
            type = "domain";
        }
        Stream stream = web ? Stream.WEB : Stream.CODING;
        String userAgent = text(node, "user_agent");
        String source = text(node, "source");
        source = source == null || source.isBlank() ? Editors.sourceFrom(userAgent) : source.toLowerCase(Locale.ROOT);

        Counts counts = new Counts(
                count(node, "line_additions"),
                count(node, "line_deletions"),
                count(node, "generated_additions"),
                count(node, "ai_line_changes"),
                count(node, "human_line_changes"),
                count(node, "keystrokes"),
                count(node, "characters"),
                count(node, "tab_switches"));
        if (counts.generatedAdditions() > counts.lineAdditions()) {
            throw new InvalidHeartbeatException("generated_additions cannot exceed line_additions");
        }
        // Validated for every stream, kept for web only: a sound playing in an editor proves nothing.
        boolean audible = bool(node, "audible") && web;
        return new Heartbeat(0, stream, time, entity, type, category,
                text(node, "project"), text(node, "branch"), text(node, "language"),
                Editors.displayName(source), source, signal(node), bool(node, "is_write"),
                optionalCount(node, "lines"), optionalCount(node, "lineno"), optionalCount(node, "cursorpos"),
                counts, dependencies(node), userAgent, text(node, "machine"), audible);
    }

    private double time(JsonNode node) throws InvalidHeartbeatException {
        JsonNode value = node.get("time");
        if (value == null || value.isNull()) {
            throw new InvalidHeartbeatException("time is required");
        }
        if (!value.isNumber()) {
            throw new InvalidHeartbeatException("time must be a number of seconds since the epoch");
        }
        double time = value.asDouble();
        if (!Double.isFinite(time) || time < EARLIEST_TIME) {
            throw new InvalidHeartbeatException("time must be seconds since the epoch after 2000-01-01");
        }
        double now = clock.millis() / 1000.0;
        if (time > now + MAX_FUTURE_SECONDS) {
            throw new InvalidHeartbeatException("time is more than 1 hour in the future");
        }
        return time;
    }

    private static String host(String entity, String type) throws InvalidHeartbeatException {
        String host = entity.trim().toLowerCase(Locale.ROOT);
        if (type.equals("url") || host.contains("/")) {
            try {
                host = URI.create(host.contains("://") ? host : "http://" + host).getHost();
            } catch (IllegalArgumentException e) {
                host = null;
            }
            if (host == null) {
                throw new InvalidHeartbeatException("entity is not a valid URL or domain");
            }
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.length() > 253 || !HOST.matcher(host).matches()) {
            throw new InvalidHeartbeatException("entity must be a domain name, e.g. github.com");
        }
        return host;
    }

    private static Signal signal(JsonNode node) throws InvalidHeartbeatException {
        String value = text(node, "signal");
        try {
            return Signal.fromKey(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidHeartbeatException("signal must be focus, blur or idle, not '" + value + "'");
        }
    }

    private static String text(JsonNode node, String field) throws InvalidHeartbeatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidHeartbeatException(field + " must be a string");
        }
        return checkedLength(field, value.asText());
    }

    /**
     * Also NFC-normalised: macOS file systems hand out decomposed names ("cafe" + U+0301), Linux and Windows composed
     * ones; the same project must be one project whichever editor sent it.
     */
    private static String checkedLength(String field, String value) throws InvalidHeartbeatException {
        if (value.length() > MAX_STRING_BYTES || value.getBytes(StandardCharsets.UTF_8).length > MAX_STRING_BYTES) {
            throw new InvalidHeartbeatException(field + " is too long (" + MAX_STRING_BYTES + " bytes at most)");
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private static int count(JsonNode node, String field) throws InvalidHeartbeatException {
        Integer value = optionalCount(node, field);
        return value == null ? 0 : value;
    }

    private static Integer optionalCount(JsonNode node, String field) throws InvalidHeartbeatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() && !(value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))) {
            throw new InvalidHeartbeatException(field + " must be a whole number");
        }
        double number = value.asDouble();
        if (number < 0) {
            throw new InvalidHeartbeatException(field + " cannot be negative");
        }
        if (number > MAX_COUNT) {
            throw new InvalidHeartbeatException(field + " is implausibly large (" + MAX_COUNT + " at most)");
        }
        return (int) number;
    }

    private static boolean bool(JsonNode node, String field) throws InvalidHeartbeatException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidHeartbeatException(field + " must be true or false");
        }
        return value.asBoolean();
    }

    /** WakaTime sends dependencies as an array; older clients as one comma-separated string. */
    private static List<String> dependencies(JsonNode node) throws InvalidHeartbeatException {
        JsonNode value = node.get("dependencies");
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            for (String part : checkedLength("dependencies", value.asText()).split(",")) {
                if (!part.isBlank()) {
                    result.add(part.trim());
                }
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw new InvalidHeartbeatException("dependencies must be strings");
                }
                result.add(checkedLength("dependencies", item.asText()));
            }
        } else {
            throw new InvalidHeartbeatException("dependencies must be an array of strings");
        }
        if (result.size() > MAX_DEPENDENCIES) {
            throw new InvalidHeartbeatException("too many dependencies (" + MAX_DEPENDENCIES + " at most)");
        }
        return List.copyOf(result);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
