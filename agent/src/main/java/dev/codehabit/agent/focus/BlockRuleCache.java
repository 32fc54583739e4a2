package dev.codehabit.agent.focus;

import dev.codehabit.agent.categories.CategoryService;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The last blocklist expansion, kept while neither input changes: every browser polls the focus state
 * every 5 s, and expanding walks every built-in site. A category change replaces the snapshot (so the
 * identity check sees it) and a blocklist change gives an unequal record.
 */
final class BlockRuleCache {
    private record Entry(Blocklist blocklist, CategoryService.Snapshot categories, List<BlockRule> rules) {}

    private final BiFunction<Blocklist, CategoryService.Snapshot, List<BlockRule>> expand;
    private volatile Entry last;

    BlockRuleCache(BiFunction<Blocklist, CategoryService.Snapshot, List<BlockRule>> expand) {
        this.expand = expand;
    }

    List<BlockRule> rules(Blocklist blocklist, CategoryService.Snapshot categories) {
        Entry entry = last;
        if (entry != null && entry.categories() == categories && entry.blocklist().equals(blocklist)) {
            return entry.rules();
        }
        List<BlockRule> rules = List.copyOf(expand.apply(blocklist, categories));
        last = new Entry(blocklist, categories, rules);
        return rules;
    }
}
