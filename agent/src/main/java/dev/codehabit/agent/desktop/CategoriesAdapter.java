package dev.codehabit.agent.desktop;

import dev.codehabit.agent.refusal.InvalidInputException;
import dev.codehabit.agent.categories.Category;
import dev.codehabit.agent.categories.CategoryRule;
import dev.codehabit.agent.categories.CategoryService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings window's site table over issue 3's categories: one row per user rule (built-in categories cover
 * everything else). A row's productivity is its category's level, so changing it changes that category for
 * every site in it, the way the browser bridge's options page does.
 */
public final class CategoriesAdapter implements SiteCategories {
    private static final List<String> LEVELS = List.of("very_distracting", "distracting", "neutral", "productive",
            "very_productive");

    private final CategoryService categories;

    public CategoriesAdapter(CategoryService categories) {
        this.categories = categories;
    }

    @Override
    public List<Rule> rules() {
        CategoryService.Snapshot s = categories.snapshot();
        return s.rules().stream().map(r -> new Rule(r.pattern(), r.category(),
                level(s.categories().get(r.category())))).toList();
    }

    @Override
    public void save(Rule rule) {
        String id = rule.category().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        int level = LEVELS.indexOf(rule.productivity()) - 2;
        if (level < -2) {
            throw new InvalidInputException("unknown productivity level: " + rule.productivity());
        }
        CategoryService.Snapshot s = categories.snapshot();
        List<CategoryRule> rules = new ArrayList<>(s.rules().stream()
                .filter(r -> !r.pattern().equalsIgnoreCase(rule.domain())).toList());
        rules.add(new CategoryRule(CategoryRule.Kind.DOMAIN, rule.domain(), id));
        Map<String, Integer> levels = new LinkedHashMap<>();
        s.categories().forEach((cid, c) -> levels.put(cid, c.level()));
        levels.put(id, level);
        categories.replace(Optional.of(rules), Optional.of(levels));
    }

    @Override
    public void remove(String domain) {
        List<CategoryRule> rules = categories.snapshot().rules().stream()
                .filter(r -> !r.pattern().equalsIgnoreCase(domain)).toList();
        categories.replace(Optional.of(rules), Optional.empty());
    }

    private static String level(Category c) {
        return LEVELS.get((c == null ? 0 : c.level()) + 2);
    }
}
