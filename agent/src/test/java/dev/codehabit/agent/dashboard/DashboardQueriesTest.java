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
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/**
 * The dashboard's own reads on a real store: spans of a day, the hour-of-week profile in the user's zone, and a
 * filter's narrowed breakdown.
 */
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
            DashboardQueries q = queries(s);
            LocalDate monday = LocalDate.of(2026, 3, 30);
            double[][] hours = q.weekHours(monday, monday);
            assertThat(hours[0][9]).isCloseTo(600, within(0.01));
            assertThat(hours[0][10]).isCloseTo(600, within(0.01));
            assertThat(q.filtered(monday, monday, DashboardFilter.of("project", "beta")).weekHours()[0][9]).isZero();

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
            DashboardQueries q = queries(s);
            assertThat(q.spans(LocalDate.of(2026, 3, 2))).extracting(TimelineSpan::seconds)
                    .containsExactly(120.0, 120.0);
        }
    }

    /**
     * Monday 2026-03-02 (UTC), one coding stream (a heartbeat lasts until the next one, timeout 600 s):
     * <pre>
     *  Sun 23:55 alpha/Java    → 00:05  600 s, 300 s of it on Monday (crosses the range's start)
     *  Mon 00:05 alpha/Kotlin  → 00:15  600 s
     *      00:15 beta/Java     → 00:20  300 s
     *      00:20 ""/Java       → 00:22  120 s (a blank project is "Unknown", as in the rollups)
     *      00:22 alpha/(none)  → 00:25  180 s (no language: "Unknown")
     *      00:25 alpha/Java    → 0 s (the next is hours later)
     *      23:58 alpha/Java    → Tue 00:03  300 s, 120 s of it on Monday (crosses the range's end)
     *  web: 10:00 and 10:10 github.com → 600 s
     * </pre>
     */
    @Test
    void aFilterNarrowsTheOtherDimensionToTheTimeInsideTheRange(@TempDir Path dir) {
        ZoneId utc = ZoneId.of("UTC");
        try (Services s = new Services(TestData.dataDirInZone(dir, "UTC"), Clock.systemUTC())) {
            double midnight = ZonedDateTime.of(2026, 3, 2, 0, 0, 0, 0, utc).toEpochSecond();
            s.ingest().record(List.of(
                    Beats.coding(midnight - 300, "alpha", "Java"),
                    Beats.coding(midnight + 300, "alpha", "Kotlin"),
                    Beats.coding(midnight + 900, "beta", "Java"),
                    Beats.coding(midnight + 1200, "", "Java"),
                    Beats.coding(midnight + 1320, "alpha", null),
                    Beats.coding(midnight + 1500, "alpha", "Java"),
                    Beats.coding(midnight + 86400 - 120, "alpha", "Java"),
                    Beats.coding(midnight + 86400 + 180, "alpha", "Java"),
                    Beats.web(midnight + 36000, "github.com"),
                    Beats.web(midnight + 36600, "github.com")));
            DashboardQueries q = queries(s);
            LocalDate monday = LocalDate.of(2026, 3, 2);

            FilteredView alpha = q.filtered(monday, monday, DashboardFilter.of("project", "alpha"));
            assertThat(alpha.dimension("language")).containsExactly(
                    entry("Kotlin", 600.0), entry("Java", 420.0), entry("Unknown", 180.0));
            assertThat(alpha.weekHours()[0][0]).isCloseTo(300 + 600 + 180, within(0.01));
            assertThat(alpha.weekHours()[0][23]).isCloseTo(120, within(0.01));
            assertThat(alpha.weekHours()[6][23]).isZero(); // Sunday's part is outside the range
            assertThat(alpha.weekHours()[1][0]).isZero(); // and so is Tuesday's
            // the narrowed list adds up to the project's own figure from the rollups
            assertThat(alpha.dimension("language").values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(q.stats(monday, monday).total().dimension("project").get("alpha"), within(0.01));

            FilteredView java = q.filtered(monday, monday, DashboardFilter.of("language", "Java"));
            assertThat(java.dimension("project")).containsExactly(
                    entry("alpha", 420.0), entry("beta", 300.0), entry("Unknown", 120.0));
            assertThat(q.stats(monday, monday).total().dimension("project")).containsKeys("alpha", "beta", "Unknown");

            assertThat(q.filtered(monday, monday, DashboardFilter.of("project", "Unknown")).dimension("language"))
                    .containsExactly(entry("Java", 120.0));

            FilteredView github = q.filtered(monday, monday, DashboardFilter.of("domain", "github.com"));
            assertThat(github.breakdown().seconds()).isEmpty();
            assertThat(github.weekHours()[0][10]).isCloseTo(600, within(0.01));

            assertThat(q.filtered(monday, monday, DashboardFilter.NONE)).isSameAs(FilteredView.NONE);
            assertThat(q.filtered(monday.plusDays(1), monday.plusDays(1), DashboardFilter.of("project", "alpha"))
                    .dimension("language")).containsExactly(entry("Java", 180.0));
        }
    }

    /**
     * Monday 2026-03-02 (UTC) until 09:00, for "today until now against yesterday until the same time":
     * alpha Sun 23:58 → Mon 00:03 (180 s of it on Monday), alpha 08:50 → 08:55 → 09:05 (the last one crosses
     * 09:00: 300 s of its 600 s count), beta from 09:05, web 08:58 → 09:02; keystrokes 10, 20, then 40 and 80
     * after nine.
     */
    @Test
    void aDaySoFarCountsOnlyTheTimeBeforeTheTimeOfDay(@TempDir Path dir) {
        ZoneId utc = ZoneId.of("UTC");
        try (Services s = new Services(TestData.dataDirInZone(dir, "UTC"), Clock.systemUTC())) {
            double nine = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, utc).toEpochSecond();
            double midnight = nine - 9 * 3600;
            s.ingest().record(List.of(
                    Beats.coding(midnight - 120, "alpha", "Java"),
                    Beats.coding(midnight + 180, "alpha", "Java"),
                    keys(Beats.coding(nine - 600, "alpha", "Java"), 10),
                    keys(Beats.coding(nine - 300, "alpha", "Java"), 20),
                    keys(Beats.coding(nine + 300, "beta", "Go"), 40),
                    keys(Beats.coding(nine + 600, "beta", "Go"), 80),
                    Beats.web(nine - 120, "github.com"),
                    Beats.web(nine + 120, "github.com")));
            DashboardQueries q = queries(s);
            LocalDate monday = LocalDate.of(2026, 3, 2);
            LocalTime nineAm = LocalTime.of(9, 0);

            assertThat(q.soFar(monday, nineAm, DashboardFilter.NONE)).isEqualTo(new DaySoFar(780, 30));
            assertThat(q.soFar(monday, nineAm, DashboardFilter.of("project", "alpha")).seconds()).isEqualTo(780);
            assertThat(q.soFar(monday, nineAm, DashboardFilter.of("project", "beta")).seconds()).isZero();
            assertThat(q.soFar(monday, nineAm, DashboardFilter.of("domain", "github.com")).seconds()).isEqualTo(120);
            // until the day's end it is the day's figure from the rollups
            assertThat(q.soFar(monday, LocalTime.MAX, DashboardFilter.NONE).seconds())
                    .isCloseTo(q.stats(monday, monday).total().codingSeconds(), within(0.01));
        }
    }

    /** Sunday 2026-03-29 had 23 hours in Berlin: "until 23:30" is 23:30 on its clock, not 23.5 h after midnight. */
    @Test
    void aDaySoFarEndsAtTheSameTimeOnTheClockOnADaylightSavingDay(@TempDir Path dir) {
        try (Services s = new Services(TestData.dataDirInZone(dir, "Europe/Berlin"), Clock.systemUTC())) {
            double tenPm = ZonedDateTime.of(2026, 3, 29, 22, 0, 0, 0, BERLIN).toEpochSecond();
            List<dev.codehabit.agent.activity.Heartbeat> beats = new java.util.ArrayList<>();
            for (int i = 0; i <= 30; i++) { // every 5 min from Sunday 22:00 to Monday 00:30
                beats.add(Beats.coding(tenPm + i * 300, "alpha", "Java"));
            }
            s.ingest().record(beats);
            DashboardQueries q = queries(s);
            LocalDate sunday = LocalDate.of(2026, 3, 29);

            assertThat(q.soFar(sunday, LocalTime.of(23, 30), DashboardFilter.NONE).seconds()).isEqualTo(5400);
            assertThat(q.soFar(sunday, LocalTime.MAX, DashboardFilter.NONE).seconds()).isCloseTo(7200, within(0.01));
        }
    }

    private static dev.codehabit.agent.activity.Heartbeat keys(dev.codehabit.agent.activity.Heartbeat h, int keystrokes) {
        return Beats.withCounts(h, new dev.codehabit.agent.activity.Heartbeat.Counts(0, 0, 0, 0, 0, keystrokes, keystrokes, 0));
    }

    @Test
    void theFilteredScanIsARangeScanOfTheStreamTimeIndex(@TempDir Path dir) {
        try (Services s = new Services(TestData.dataDirInZone(dir, "UTC"), Clock.systemUTC())) {
            for (DashboardFilter filter : List.of(DashboardFilter.of("project", "x"), DashboardFilter.of("language", "x"),
                    DashboardFilter.of("domain", "x"), DashboardFilter.NONE)) {
                String plan = s.database().read(c -> {
                    StringBuilder out = new StringBuilder();
                    try (var st = c.prepareStatement("EXPLAIN QUERY PLAN " + FilteredViewQuery.sql(filter))) {
                        st.setDouble(1, 0);
                        st.setDouble(2, 1);
                        if (!filter.isNone()) {
                            st.setString(3, "x");
                        }
                        try (var rs = st.executeQuery()) {
                            while (rs.next()) {
                                out.append(rs.getString("detail")).append('\n');
                            }
                        }
                    }
                    return out.toString();
                });
                assertThat(plan).as(String.valueOf(filter)).contains("SEARCH heartbeat USING INDEX heartbeat_stream_time (stream=? AND time>? AND time<?)");
            }
        }
    }

    private static DashboardQueries queries(Services s) {
        return new DashboardQueries(s.database(), s.stats(), s.settings()::get,
                new CategoryService(s.database(), BuiltInCategories.load()));
    }
}
