package dev.codehabit.agent.dashboard;

import dev.codehabit.agent.Services;
import dev.codehabit.agent.categories.BuiltInCategories;
import dev.codehabit.agent.categories.CategoryService;
import dev.codehabit.agent.support.Beats;
import dev.codehabit.agent.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The dashboard's own reads on a real store: spans of a day and the hour-of-week profile, in the user's zone. */
class DashboardQueriesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void codingIsSplitIntoLocalHoursOfTheRightWeekday(@TempDir Path dir) {
        try (Services s = new Services(TestData.dataDirInZone(dir, "Europe/Berlin"), Clock.systemUTC())) {
            // Monday 2026-03-30 (summer time, UTC+2), 09:50 to 10:10 local, a heartbeat every minute
            double start = ZonedDateTime.of(2026, 3, 30, 9, 50, 0, 0, BERLIN).toEpochSecond();
            for (int i = 0; i <= 20; i++) {
                s.ingest().record(List.of(Beats.coding(start + i * 60, "alpha", "Java")));
            }
            DashboardQueries q = new DashboardQueries(s.database(), s.stats(), s.settings()::get,
                    new CategoryService(s.database(), BuiltInCategories.load()));
            LocalDate monday = LocalDate.of(2026, 3, 30);
            double[][] hours = q.weekHours(monday, monday, DashboardFilter.NONE);
            assertThat(hours[0][9]).isCloseTo(600, within(0.01));
            assertThat(hours[0][10]).isCloseTo(600, within(0.01));
            assertThat(q.weekHours(monday, monday, DashboardFilter.of("project", "beta"))[0][9]).isZero();

            List<TimelineSpan> spans = q.spans(monday);
            assertThat(spans).hasSize(1);
            assertThat(spans.getFirst().label()).isEqualTo("alpha");
            assertThat(spans.getFirst().seconds()).isCloseTo(1200, within(0.01));
        }
    }

    @Test
    void anIdleSignalSplitsTheDayIntoTwoSpans(@TempDir Path dir) {
        try (Services s = new Services(TestData.dataDirInZone(dir, "UTC"), Clock.systemUTC())) {
            double nine = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("UTC")).toEpochSecond();
            s.ingest().record(List.of(Beats.coding(nine), Beats.coding(nine + 60),
                    dev.codehabit.agent.desktop.IdleClipper.idleSignal(
                            dev.codehabit.agent.activity.Heartbeat.Stream.CODING, nine + 120, "test"),
                    Beats.coding(nine + 1200), Beats.coding(nine + 1260), Beats.coding(nine + 1320)));
            DashboardQueries q = new DashboardQueries(s.database(), s.stats(), s.settings()::get,
                    new CategoryService(s.database(), BuiltInCategories.load()));
            assertThat(q.spans(LocalDate.of(2026, 3, 2))).extracting(TimelineSpan::seconds)
                    .containsExactly(120.0, 120.0);
        }
    }
}
