package dev.codehabit.agent.categories;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** RescueTime's pulse: (vd·0 + d·1 + n·2 + p·3 + vp·4) / (4 · total) · 100 over categorised time. */
class ProductivityScoreTest {
    private final BuiltInCategories builtIn = BuiltInCategories.load();
    private final CategoryService.Snapshot categories = snapshot(List.of());

    private CategoryService.Snapshot snapshot(List<CategoryRule> rules) {
        Map<String, Category> byId = new java.util.LinkedHashMap<>(builtIn.categories());
        return new CategoryService.Snapshot(new SiteCategorizer(builtIn.sites(), rules), byId, rules);
    }

    @Test
    void allVeryProductiveIs100AndAllVeryDistractingIs0() {
        assertThat(ProductivityScore.compute(Map.of("github.com", 600.0), 0, categories).score()).isEqualTo(100.0);
        assertThat(ProductivityScore.compute(Map.of("youtube.com", 600.0), 0, categories).score()).isEqualTo(0.0);
    }

    @Test
    void eachLevelWeighsAsThePulseSays() {
        // 100 s at each level: very productive (github), productive (wikipedia), neutral (google),
        // distracting (spotify, entertainment -1), very distracting (reddit)
        var b = ProductivityScore.compute(Map.of("github.com", 100.0, "wikipedia.org", 100.0, "google.com", 100.0,
                "spotify.com", 100.0, "reddit.com", 100.0), 0, categories);
        assertThat(b.score()).isCloseTo((4 + 3 + 2 + 1 + 0) * 100.0 / (4 * 500.0) * 100, within(1e-9));
        assertThat(b.productiveSeconds()).isEqualTo(200.0);
        assertThat(b.neutralSeconds()).isEqualTo(100.0);
        assertThat(b.distractingSeconds()).isEqualTo(200.0);
    }

    @Test
    void codingTimeCountsAsVeryProductive() {
        var b = ProductivityScore.compute(Map.of("youtube.com", 300.0), 300, categories);
        assertThat(b.score()).isEqualTo(50.0);
        assertThat(b.productiveSeconds()).isEqualTo(300.0);
    }

    @Test
    void uncategorisedTimeIsReportedButLeftOutOfTheScore() {
        var b = ProductivityScore.compute(Map.of("my-intranet.example", 500.0, "github.com", 100.0), 0, categories);
        assertThat(b.score()).isEqualTo(100.0);
        assertThat(b.siteCategories()).containsEntry(ProductivityScore.UNCATEGORIZED, 500.0)
                .containsEntry("software-development", 100.0);
        assertThat(b.domainCategories()).containsOnlyKeys("github.com");
    }

    @Test
    void noTimeMeansNoScore() {
        assertThat(ProductivityScore.compute(Map.of(), 0, categories).score()).isNull();
    }
}
