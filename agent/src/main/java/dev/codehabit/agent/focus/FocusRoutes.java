package dev.codehabit.agent.focus;

import dev.codehabit.agent.refusal.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.api.Access;
import dev.codehabit.agent.api.ApiException;
import dev.codehabit.agent.api.ApiRoutes;
import dev.codehabit.agent.api.Caller;
import dev.codehabit.agent.api.JsonBodies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Focus mode over HTTP: the session, the blocklist, schedules, and the browsers' blocked attempts. */
public final class FocusRoutes implements ApiRoutes {
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final FocusService focus;
    private final JsonBodies bodies;

    public FocusRoutes(FocusService focus, JsonBodies bodies) {
        this.focus = focus;
        this.bodies = bodies;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/focus", ctx -> ctx.json(focus.state()), Access.CLIENT);
        routes.post("/api/v1/focus", this::start, Access.CLIENT);
        routes.delete("/api/v1/focus", ctx -> {
            focus.end();
            ctx.status(204);
        }, Access.CLIENT);
        routes.get("/api/v1/focus/blocklist", ctx -> ctx.json(focus.blocklist()), Access.CLIENT);
        routes.put("/api/v1/focus/blocklist", this::putBlocklist, Access.CLIENT);
        routes.get("/api/v1/focus/schedules", ctx -> ctx.json(views(focus.schedules())), Access.CLIENT);
        routes.put("/api/v1/focus/schedules", this::putSchedules, Access.CLIENT);
        routes.post("/api/v1/focus/attempts", this::attempt, Access.CLIENT);
        routes.post("/api/v1/focus/unlock", this::unlock, Access.ADMIN);
    }

    private void start(Context ctx) {
        JsonNode body = bodies.read(ctx, JsonBodies.TINY);
        JsonNode minutes = body.path("minutes");
        if (!minutes.isIntegralNumber()) {
            throw ApiException.badRequest("minutes must be a whole number, e.g. {\"minutes\": 25, \"strict\": false}");
        }
        JsonNode strict = body.path("strict");
        if (!strict.isMissingNode() && !strict.isBoolean()) {
            throw ApiException.badRequest("strict must be true or false");
        }
        if (strict.asBoolean(false)) {
            requireOwner(ctx, "start a strict session");
        }
        ctx.status(201).json(focus.start(minutes.intValue(), strict.asBoolean(false)));
    }

    private void putBlocklist(Context ctx) {
        JsonNode body = bodies.read(ctx, JsonBodies.SMALL);
        List<String> domains = strings(body, "domains");
        List<String> categories = strings(body, "categories");
        ctx.json(focus.replaceBlocklist(domains, categories));
    }

    private void putSchedules(Context ctx) {
        JsonNode body = bodies.read(ctx, JsonBodies.SMALL);
        if (!body.isArray()) {
            throw ApiException.badRequest("expected an array of {\"days\": [...], \"start\": \"09:00\", \"end\": \"12:00\"}");
        }
        List<FocusSchedule> schedules = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode s = body.get(i);
            try {
                schedules.add(new FocusSchedule(0, days(s.path("days")), time(s, "start"), time(s, "end"),
                        s.path("strict").asBoolean(false)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("schedules[" + i + "]: " + e.getMessage());
            }
        }
        Set<String> existing = focus.schedules().stream().map(FocusSchedule::key).collect(Collectors.toSet());
        if (schedules.stream().anyMatch(s -> s.strict() && !existing.contains(s.key()))) {
            requireOwner(ctx, "add or change a strict schedule");
        }
        ctx.json(views(focus.replaceSchedules(schedules)));
    }

    private void attempt(Context ctx) {
        JsonNode body = bodies.read(ctx, JsonBodies.TINY);
        if (!body.path("time").isNumber()) {
            throw ApiException.badRequest("time must be epoch seconds");
        }
        boolean added = focus.recordAttempt(body.path("domain").asText(null), body.path("time").asDouble());
        ctx.status(added ? 201 : 200).json(Map.of("recorded", added));
    }

    /**
     * The owner's way out of a strict session: a typed confirmation, then a cool-down before it ends, so leaving is
     * a decision and not a reflex. Counted as a distraction attempt.
     */
    private void unlock(Context ctx) {
        JsonNode body = bodies.read(ctx, JsonBodies.TINY);
        if (!FocusService.UNLOCK_PHRASE.equals(body.path("confirm").asText(null))) {
            throw ApiException.badRequest("type the confirmation exactly: {\"confirm\": \"" + FocusService.UNLOCK_PHRASE + "\"}");
        }
        ctx.json(focus.unlockStrict());
    }

    /** Strict focus binds the owner; a paired browser or editor must not be able to lock the owner out. */
    private static void requireOwner(Context ctx, String what) {
        Caller caller = ctx.attribute(Caller.ATTRIBUTE);
        if (caller == null || !caller.admin()) {
            throw new ApiException(403, "Only the owner (the desktop, the CLI or the admin token) may " + what);
        }
    }

    private static List<Map<String, Object>> views(List<FocusSchedule> schedules) {
        return schedules.stream().map(s -> Map.<String, Object>of(
                "id", s.id(),
                "days", s.days().stream().map(DayOfWeek::name).toList(),
                "start", s.start().toString(),
                "end", s.end().toString(),
                "strict", s.strict())).toList();
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (!node.isArray()) {
            throw ApiException.badRequest(field + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> {
            if (!n.isTextual()) {
                throw ApiException.badRequest(field + " must be an array of strings");
            }
            out.add(n.asText());
        });
        return out;
    }

    private static List<DayOfWeek> days(JsonNode node) {
        if (node.isTextual() && node.asText().equalsIgnoreCase("weekdays")) {
            return WEEKDAYS;
        }
        if (!node.isArray()) {
            throw new InvalidInputException("days must be \"weekdays\" or an array such as [\"MONDAY\", \"FRIDAY\"]");
        }
        List<DayOfWeek> out = new ArrayList<>();
        for (JsonNode d : node) {
            try {
                out.add(DayOfWeek.valueOf(d.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("unknown day " + d.asText());
            }
        }
        return out;
    }

    private static LocalTime time(JsonNode s, String field) {
        try {
            return LocalTime.parse(s.path(field).asText(""));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + " must be a time such as 09:00");
        }
    }
}
