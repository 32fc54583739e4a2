package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.dashboard.DashboardFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardPageTest {
    private static final DashboardFilter PROJECT = DashboardFilter.of("project", "alpha");
    private static final DashboardFilter LANGUAGE = DashboardFilter.of("language", "Java");
    private static final DashboardFilter SITE = DashboardFilter.of("domain", "github.com");

    @Test
    void aFilteredPageScansHeartbeatsOnlyForWhatItShowsNarrowed() {
        for (DashboardPage page : DashboardPage.values()) {
            assertThat(page.needsFilteredScan(DashboardFilter.NONE)).as(page + " unfiltered").isFalse();
        }
        // the hour profile of every period page, whatever the filter
        assertThat(DashboardPage.WEEK.needsFilteredScan(SITE)).isTrue();
        assertThat(DashboardPage.YEAR.needsFilteredScan(PROJECT)).isTrue();
        // a project's languages, a language's projects
        assertThat(DashboardPage.TODAY.needsFilteredScan(PROJECT)).isTrue();
        assertThat(DashboardPage.PROJECTS.needsFilteredScan(LANGUAGE)).isTrue();
        assertThat(DashboardPage.LANGUAGES.needsFilteredScan(PROJECT)).isTrue();
        // nothing narrowed: the filter's own list, web time, a site on a page without the hour profile
        assertThat(DashboardPage.PROJECTS.needsFilteredScan(PROJECT)).isFalse();
        assertThat(DashboardPage.WEBSITES.needsFilteredScan(PROJECT)).isFalse();
        assertThat(DashboardPage.FOCUS.needsFilteredScan(LANGUAGE)).isFalse();
        assertThat(DashboardPage.TODAY.needsFilteredScan(SITE)).isFalse();
    }

    @Test
    void thePagesWithHeadlineTilesReadTheTrendsBaseline() {
        assertThat(java.util.Arrays.stream(DashboardPage.values()).filter(DashboardPage::trend))
                .containsExactly(DashboardPage.TODAY, DashboardPage.WEEK, DashboardPage.MONTH, DashboardPage.YEAR);
    }
}
