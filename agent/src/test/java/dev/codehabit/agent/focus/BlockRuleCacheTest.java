package dev.codehabit.agent.focus;

import dev.codehabit.agent.categories.CategoryService;
import dev.codehabit.agent.categories.SiteCategorizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The expansion is computed once per (category snapshot, blocklist), not on every browser poll. */
class BlockRuleCacheTest {
    private static CategoryService.Snapshot snapshot() {
        return new CategoryService.Snapshot(new SiteCategorizer(Map.of("youtube.com", "video"), List.of()), Map.of(), List.of());
    }

    @Test
    void expandsOnlyWhenTheCategoriesOrTheBlocklistChange() {
        List<Blocklist> expanded = new ArrayList<>();
        BlockRuleCache cache = new BlockRuleCache((blocklist, categories) -> {
            expanded.add(blocklist);
            return List.of(BlockRule.domain("n" + expanded.size() + ".example", "test"));
        });
        CategoryService.Snapshot categories = snapshot();
        Blocklist blocklist = new Blocklist(List.of("a.example"), List.of("video"));

        List<BlockRule> first = cache.rules(blocklist, categories);
        for (int poll = 0; poll < 100; poll++) {
            assertThat(cache.rules(new Blocklist(List.of("a.example"), List.of("video")), categories)).isEqualTo(first);
        }
        assertThat(expanded).hasSize(1);

        cache.rules(new Blocklist(List.of("b.example"), List.of("video")), categories);
        assertThat(expanded).hasSize(2);
        List<BlockRule> afterCategoryChange = cache.rules(new Blocklist(List.of("b.example"), List.of("video")), snapshot());
        assertThat(expanded).hasSize(3);
        assertThat(afterCategoryChange).isNotEqualTo(first);
    }
}
