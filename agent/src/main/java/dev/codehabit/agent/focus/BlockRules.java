package dev.codehabit.agent.focus;

import dev.codehabit.agent.categories.Category;
import dev.codehabit.agent.categories.CategoryRule;
import dev.codehabit.agent.categories.CategoryService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands a blocklist into rules a browser can enforce without knowing categories: every built-in site
 * still in a blocked category after the user's rules, and the user's own rules for those categories.
 */
final class BlockRules {
    static final String BLOCKLIST_REASON = "your blocklist";
    /** One or more characters that can only be part of a host name, never of a port, path, query or fragment. */
    static final String HOST_LABELS = "[^/?#:@]+";

    private BlockRules() {}

    static List<BlockRule> expand(Blocklist blocklist, CategoryService.Snapshot categories) {
        List<BlockRule> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String domain : blocklist.domains()) {
            add(out, seen, BlockRule.domain(domain, BLOCKLIST_REASON));
        }
        for (String id : blocklist.categories()) {
            String reason = categories.categories().containsKey(id) ? categories.categories().get(id).name() : id;
            for (Map.Entry<String, String> site : categories.categorizer().builtInSites().entrySet()) {
                boolean stillThere = categories.categoryOf(site.getKey()).map(Category::id).filter(id::equals).isPresent();
                if (stillThere) {
                    add(out, seen, BlockRule.domain(site.getKey(), reason));
                }
            }
            for (CategoryRule rule : categories.rules()) {
                if (!rule.category().equals(id)) {
                    continue;
                }
                add(out, seen, switch (rule.kind()) {
                    case DOMAIN -> BlockRule.domain(rule.pattern(), reason);
                    case SUFFIX -> BlockRule.regex(suffixRegex(rule.pattern()), reason);
                    case REGEX -> BlockRule.regex(rule.pattern(), reason);
                });
            }
        }
        out.sort((a, b) -> a.pattern().compareTo(b.pattern()));
        return out;
    }

    /**
     * {@code *.gov} as a host regex. The labels before the suffix are a host-only class: browsers embed
     * the pattern in a URL regex, where {@code .+} would also run through the path
     * ({@code https://en.wikipedia.org/wiki/data.gov/}).
     */
    static String suffixRegex(String suffix) {
        return HOST_LABELS + "\\." + suffix.replace(".", "\\.");
    }

    private static void add(List<BlockRule> out, Set<String> seen, BlockRule rule) {
        if (seen.add(rule.type() + ":" + rule.pattern())) {
            out.add(rule);
        }
    }
}
