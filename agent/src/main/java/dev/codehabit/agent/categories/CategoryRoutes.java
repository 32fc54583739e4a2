package dev.codehabit.agent.categories;

import dev.codehabit.agent.refusal.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.api.Access;
import dev.codehabit.agent.api.ApiRoutes;
import dev.codehabit.agent.api.JsonBodies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET/PUT /api/v1/categories}: categories with their levels, the user's rules, and a lookup. */
public final class CategoryRoutes implements ApiRoutes {
    private final CategoryService categories;
    private final JsonBodies bodies;

    public CategoryRoutes(CategoryService categories, JsonBodies bodies) {
        this.categories = categories;
        this.bodies = bodies;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/categories", this::get, Access.CLIENT);
        routes.put("/api/v1/categories", this::put, Access.CLIENT);
    }

    private void get(Context ctx) {
        CategoryService.Snapshot snapshot = categories.snapshot();
        String domain = ctx.queryParam("domain");
        if (domain != null) {
            String normalized = Domains.normalize(domain, "domain");
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("domain", normalized);
            out.put("category", snapshot.categoryOf(normalized).orElse(null));
            ctx.json(out);
            return;
        }
        ctx.json(view(snapshot));
    }

    private void put(Context ctx) {
        JsonNode body = bodies.read(ctx, JsonBodies.SMALL);
        if (!body.isObject() || (!body.has("rules") && !body.has("levels"))) {
            throw new InvalidInputException("expected {\"rules\": [...], \"levels\": {...}} (either or both)");
        }
        Optional<List<CategoryRule>> rules = Optional.ofNullable(body.get("rules")).map(CategoryRoutes::rules);
        Optional<Map<String, Integer>> levels = Optional.ofNullable(body.get("levels")).map(CategoryRoutes::levels);
        ctx.json(view(categories.replace(rules, levels)));
    }

    private static Map<String, Object> view(CategoryService.Snapshot snapshot) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("categories", snapshot.categories().values());
        out.put("rules", snapshot.rules());
        out.put("builtin_sites", snapshot.categorizer().builtInSites().size());
        return out;
    }

    private static List<CategoryRule> rules(JsonNode node) {
        if (!node.isArray()) {
            throw new InvalidInputException("rules must be an array");
        }
        List<CategoryRule> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode rule = node.get(i);
            try {
                out.add(new CategoryRule(CategoryRule.Kind.parse(rule.path("kind").asText(null)),
                        rule.path("pattern").asText(null), rule.path("category").asText(null)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("rules[" + i + "]: " + e.getMessage());
            }
        }
        return out;
    }

    private static Map<String, Integer> levels(JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidInputException("levels must be an object: category id → level (-2..2)");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().canConvertToExactIntegral() || !e.getValue().isNumber()) {
                throw new InvalidInputException("levels." + e.getKey() + " must be a whole number from -2 to 2");
            }
            out.put(e.getKey(), e.getValue().intValue());
        }
        return out;
    }
}
