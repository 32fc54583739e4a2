package dev.codehabit.agent.categories;

import dev.codehabit.agent.refusal.InvalidInputException;
import dev.codehabit.agent.store.Database;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Site categories as the user sees them: the built-in ones with the user's levels, plus categories the
 * user's rules made up (neutral unless given a level). Reads come from an immutable snapshot that a
 * change replaces, so stats and focus mode never query rules per domain.
 */
public final class CategoryService {
    /** The user's rules at most; far more than anyone writes by hand, few enough to check every domain against. */
    public static final int MAX_RULES = 500;
    /** Regex rules at most: each may cost a bounded match per domain, the others a map look-up. */
    public static final int MAX_REGEX_RULES = 50;
    private final Database db;
    private final BuiltInCategories builtIn;
    private final CategoryStore store = new CategoryStore();
    private final List<ChangeGuard> guards = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot;

    /** Sees every change before it is written and may refuse it with {@link CategoryChangeRefusedException}. */
    @FunctionalInterface
    public interface ChangeGuard {
        void check(Snapshot current, Snapshot next);
    }

    /** Everything a reader needs, consistent with itself. */
    public record Snapshot(SiteCategorizer categorizer, Map<String, Category> categories, List<CategoryRule> rules) {

        public Optional<Category> categoryOf(String domain) {
            return categorizer.categorize(domain).map(id -> categories.getOrDefault(id, new Category(id, id, 0, false)));
        }
    }

    public CategoryService(Database db, BuiltInCategories builtIn) {
        this.db = db;
        this.builtIn = builtIn;
        this.snapshot = db.read(c -> build(store.rules(c), store.levels(c)));
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** Focus mode registers one so a strict session's blocking cannot be undone by re-categorising sites. */
    public void addChangeGuard(ChangeGuard guard) {
        guards.add(guard);
    }

    /**
     * Replaces the user's rules and/or level overrides (an absent part stays as it is), in one transaction.
     * Throws {@link InvalidInputException} (a 400) before anything is written when the input is invalid,
     * {@link CategoryChangeRefusedException} (a 409) when a guard refuses the change.
     */
    public synchronized Snapshot replace(Optional<List<CategoryRule>> rules, Optional<Map<String, Integer>> levels) {
        levels.ifPresent(l -> l.forEach((id, level) -> {
            Category.checkId(id);
            Category.checkLevel(level);
        }));
        rules.ifPresent(CategoryService::checkRules);
        Snapshot current = snapshot;
        List<CategoryRule> newRules = rules.orElse(current.rules());
        Map<String, Integer> newLevels = levels.orElseGet(() -> userLevels(current));
        Snapshot next = build(newRules, newLevels);
        guards.forEach(guard -> guard.check(current, next));
        db.write(c -> {
            if (rules.isPresent()) {
                store.replaceRules(c, newRules);
            }
            if (levels.isPresent()) {
                store.replaceLevels(c, newLevels);
            }
            return null;
        });
        snapshot = next;
        return next;
    }

    private static void checkRules(List<CategoryRule> rules) {
        if (rules.size() > MAX_RULES) {
            throw new InvalidInputException("at most " + MAX_RULES + " rules, not " + rules.size());
        }
        long regexes = rules.stream().filter(r -> r.kind() == CategoryRule.Kind.REGEX).count();
        if (regexes > MAX_REGEX_RULES) {
            throw new InvalidInputException("at most " + MAX_REGEX_RULES + " regex rules, not " + regexes);
        }
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            CategoryRule rule = rules.get(i);
            Integer first = seen.putIfAbsent(rule.kind().key() + " " + rule.pattern(), i);
            if (first != null) {
                throw new InvalidInputException("rules[" + i + "]: the same " + rule.kind().key() + " rule as rules["
                        + first + "] (" + rule.pattern() + ")");
            }
        }
    }

    private Map<String, Integer> userLevels(Snapshot s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        s.categories().forEach((id, category) -> {
            Category original = builtIn.categories().get(id);
            if (original == null || original.level() != category.level()) {
                out.put(id, category.level());
            }
        });
        return out;
    }

    private Snapshot build(List<CategoryRule> rules, Map<String, Integer> levels) {
        Map<String, Category> categories = new LinkedHashMap<>();
        builtIn.categories().forEach((id, c) -> categories.put(id, c.withLevel(levels.getOrDefault(id, c.level()))));
        Set<String> userIds = new HashSet<>(levels.keySet());
        rules.forEach(r -> userIds.add(r.category()));
        userIds.stream().sorted().filter(id -> !categories.containsKey(id))
                .forEach(id -> categories.put(id, new Category(id, id, levels.getOrDefault(id, 0), false)));
        return new Snapshot(new SiteCategorizer(builtIn.sites(), rules), java.util.Collections.unmodifiableMap(categories),
                List.copyOf(rules));
    }
}
