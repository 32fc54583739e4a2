package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.dashboard.DashboardQueries;
import dev.codehabit.agent.dashboard.DaySoFar;
import dev.codehabit.agent.dashboard.FilteredView;
import dev.codehabit.agent.dashboard.TimelineSpan;
import dev.codehabit.agent.idle.InputCounts;
import dev.codehabit.agent.stats.Stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Reads a page's model from the queries; runs on a background thread, never on the FX thread. The page's reads
 * are independent and the store has several reader connections, so they run side by side. Only a filtered page
 * scans heartbeats (for what the rollups cannot narrow); an unfiltered one reads rollups alone.
 */
public final class DashboardLoader {
    private final DashboardQueries queries;

    public DashboardLoader(DashboardQueries queries) {
        this.queries = queries;
    }

    /** @param days how many days up to today the page covers: {@code page.days()}, or the user's period choice */
    public DashboardModel load(DashboardPage page, int days, DashboardFilter filter) {
        ZonedDateTime now = ZonedDateTime.now(queries.zone());
        LocalDate today = now.toLocalDate();
        LocalDate from = today.minusDays(days - 1L);
        boolean todayPage = page == DashboardPage.TODAY;
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            var current = async(readers, () -> queries.stats(from, today));
            var previous = async(readers, () -> queries.stats(from.minusDays(days), from.minusDays(1)));
            var previousLastDay = async(readers, () -> !page.trend() ? DaySoFar.NONE
                    : queries.soFar(from.minusDays(1), now.toLocalTime(), filter));
            var year = page == DashboardPage.YEAR ? current : async(readers, () -> queries.stats(today.minusDays(364), today));
            var spans = async(readers, () -> todayPage ? queries.spans(today).stream().filter(filter::keeps).toList()
                    : List.<TimelineSpan>of());
            // A filtered page reads its hour profile and its narrowed breakdowns in one heartbeat scan, and only
            // when it shows one of them; an unfiltered one reads the hourly rollups (pages without the profile neither).
            var filtered = page.needsFilteredScan(filter) ? async(readers, () -> queries.filtered(from, today, filter))
                    : CompletableFuture.completedFuture(FilteredView.NONE);
            var weekHours = !page.hourProfile() ? CompletableFuture.completedFuture(new double[7][24])
                    : filter.isNone() ? async(readers, () -> queries.weekHours(from, today))
                    : filtered.thenApply(FilteredView::weekHours);
            var focus = async(readers, () -> page == DashboardPage.FOCUS
                    ? queries.focusPerDay(from, today, System.currentTimeMillis() / 1000.0)
                    : Map.<LocalDate, dev.codehabit.agent.dashboard.FocusDay>of());
            var input = async(readers, () -> todayPage ? queries.inputMinutes(today) : Map.<Instant, InputCounts>of());
            return new DashboardModel(page, filter, today, queries.zone(), join(current), join(previous),
                    join(previousLastDay), join(year),
                    join(spans), join(weekHours), queries.dailyGoalSeconds(), join(input), queries.categories(),
                    join(focus), join(filtered));
        }
    }

    private static <T> CompletableFuture<T> async(ExecutorService executor, Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, executor);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }
}
