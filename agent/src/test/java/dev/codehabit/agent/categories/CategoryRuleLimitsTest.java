package dev.codehabit.agent.categories;

import dev.codehabit.agent.support.Http;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Category rules cannot be turned into a CPU sink: a cap, a shared budget per domain, duplicates refused. */
class CategoryRuleLimitsTest {
    @TempDir
    Path dir;

    private static String rules(int n, String category) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("{\"kind\": \"regex\", \"pattern\": \"(.*q){12}z" + i + "\", \"category\": \"" + category + "\"}");
        }
        return "{\"rules\": [" + String.join(",", out) + "]}";
    }

    @Test
    void twoThousandBacktrackingRulesAreRefusedAndDuplicatesAre400() {
        try (TestAgent agent = new TestAgent(dir)) {
            Response many = Http.admin(agent, "PUT", "/api/v1/categories", rules(2000, "slow"));
            assertThat(many.status()).as(many.body()).isEqualTo(400);
            assertThat(many.json().get("error").asText()).contains("at most");
            Response regexes = Http.admin(agent, "PUT", "/api/v1/categories", rules(CategoryService.MAX_REGEX_RULES + 1, "slow"));
            assertThat(regexes.status()).isEqualTo(400);

            Response duplicate = Http.admin(agent, "PUT", "/api/v1/categories", "{\"rules\": ["
                    + "{\"kind\": \"domain\", \"pattern\": \"example.org\", \"category\": \"a\"},"
                    + "{\"kind\": \"domain\", \"pattern\": \"example.org\", \"category\": \"b\"}]}");
            assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(400);
            assertThat(duplicate.json().get("error").asText()).contains("rules[1]").contains("rules[0]");
            assertThat(agent.get("/api/v1/categories").json().get("rules")).isEmpty();
        }
    }

    @Test
    void allRegexesTogetherShareOneBudgetPerDomain() {
        List<CategoryRule> rules = new ArrayList<>(Collections.nCopies(0, null));
        for (int i = 0; i < CategoryService.MAX_REGEX_RULES - 1; i++) {
            rules.add(new CategoryRule(CategoryRule.Kind.REGEX, "(.*q){12}z" + i, "slow"));
        }
        rules.add(new CategoryRule(CategoryRule.Kind.REGEX, "q+0\\.com", "last"));
        String domain = "q".repeat(30) + "0.com";
        // Alone, the last rule matches; behind the runaway ones the domain's budget is spent before it is reached.
        assertThat(new SiteCategorizer(Map.of(), List.of(rules.getLast())).categorize(domain)).contains("last");
        SiteCategorizer categorizer = new SiteCategorizer(Map.of(), rules);
        assertThat(categorizer.categorize(domain)).isEqualTo(Optional.empty());
        assertThat(categorizer.categorize("example.org")).isEmpty();
    }
}
