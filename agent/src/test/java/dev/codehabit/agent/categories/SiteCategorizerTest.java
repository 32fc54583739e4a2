package dev.codehabit.agent.categories;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteCategorizerTest {
    private final BuiltInCategories builtIn = BuiltInCategories.load();

    private Optional<String> categorize(String domain, CategoryRule... rules) {
        return new SiteCategorizer(builtIn.sites(), List.of(rules)).categorize(domain);
    }

    @Test
    void knowsAFewHundredCommonSitesAndSubdomainsInherit() {
        assertThat(builtIn.sites()).hasSizeGreaterThan(300);
        assertThat(categorize("github.com")).contains("software-development");
        assertThat(categorize("gist.github.com")).contains("software-development");
        assertThat(categorize("m.youtube.com")).contains("video");
        assertThat(categorize("unknown-site.example")).isEmpty();
    }

    @Test
    void theMostSpecificBuiltInEntryWins() {
        assertThat(categorize("news.ycombinator.com")).contains("news");
        assertThat(categorize("ycombinator.com")).contains("social-media");
        assertThat(categorize("music.youtube.com")).contains("entertainment");
    }

    @Test
    void userRulesComeFirst() {
        CategoryRule youtubeForWork = new CategoryRule(CategoryRule.Kind.DOMAIN, "youtube.com", "reference");
        assertThat(categorize("youtube.com", youtubeForWork)).contains("reference");
        assertThat(categorize("m.youtube.com", youtubeForWork)).contains("reference");

        CategoryRule gov = new CategoryRule(CategoryRule.Kind.SUFFIX, "*.gov", "reference");
        assertThat(categorize("irs.gov", gov)).contains("reference");
        assertThat(categorize("gov", gov)).isEmpty();

        CategoryRule intranet = new CategoryRule(CategoryRule.Kind.REGEX, "(.+\\.)?corp-[a-z]+\\.example", "productivity");
        assertThat(categorize("wiki.corp-eu.example", intranet)).contains("productivity");
        assertThat(categorize("corp-eu.example.evil", intranet)).isEmpty();
    }

    @Test
    void aMoreSpecificUserDomainBeatsAUserSuffix() {
        assertThat(categorize("docs.company.example",
                new CategoryRule(CategoryRule.Kind.SUFFIX, "company.example", "business"),
                new CategoryRule(CategoryRule.Kind.DOMAIN, "docs.company.example", "software-development")))
                .contains("software-development");
    }

    @Test
    void badRulesAreRefusedWithAReason() {
        assertThatThrownBy(() -> new CategoryRule(CategoryRule.Kind.REGEX, "([unclosed", "news"))
                .hasMessageContaining("invalid regex");
        assertThatThrownBy(() -> new CategoryRule(CategoryRule.Kind.DOMAIN, "not a domain", "news"))
                .hasMessageContaining("not a domain");
        assertThatThrownBy(() -> new CategoryRule(CategoryRule.Kind.DOMAIN, "x.com", "Bad Id"))
                .hasMessageContaining("category id");
        assertThat(new CategoryRule(CategoryRule.Kind.DOMAIN, "WWW.Example.COM.", "news").pattern()).isEqualTo("example.com");
    }
}
