package dev.codehabit.agent.bench;

import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.support.DesktopFixture;
import dev.codehabit.agent.ui.DesktopUi;
import dev.codehabit.agent.ui.dashboard.DashboardLoader;
import dev.codehabit.agent.ui.dashboard.DashboardModel;
import dev.codehabit.agent.ui.dashboard.DashboardPage;
import dev.codehabit.agent.ui.dashboard.DashboardWindow;
import dev.codehabit.agent.ui.theme.ThemeController;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * A year of demo history in a real store, the real dashboard window on the real (GTK) toolkit: how long loading
 * the Year page takes on the background thread, and how long building and painting it takes on the FX thread,
 * unfiltered and filtered to the biggest project and language (a filtered page also scans heartbeats).
 * Run under an X server (DesktopBench starts it on Xvfb).
 */
public final class DashboardRenderBench {
    private DashboardRenderBench() {}

    public static void main(String[] args) throws Exception {
        dev.codehabit.agent.ui.JavaFxDesktopMode.useLeanRendering(); // as the desktop mode runs it
        Path dir = Files.createTempDirectory("render-bench");
        long fillStart = System.nanoTime();
        // a year and a day: the Year page's trend reads the day before its 365 until this time of day
        DesktopFixture fixture = new DesktopFixture(dir, 366);
        System.out.printf("demo: 366 days written in %.1f s%n", (System.nanoTime() - fillStart) / 1e9);
        DashboardLoader loader = new DashboardLoader(fixture.desktop().queries());
        CompletableFuture<DashboardWindow> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            ThemeController theme = new ThemeController(choice -> { });
            theme.use("light");
            DashboardWindow w = new DashboardWindow(loader, Executors.newSingleThreadExecutor(), theme, () -> { },
                    new SimpleStringProperty(""), () -> { });
            w.showOrRaise();
            shown.complete(w);
        });
        DashboardWindow window = shown.get();
        var q = fixture.desktop().queries();
        var year = q.stats(q.today().minusDays(364), q.today()).total();
        // the biggest project and language: the filters whose heartbeat scan returns the most rows
        DashboardFilter project = DashboardFilter.of("project", year.dimension("project").keySet().iterator().next());
        DashboardFilter language = DashboardFilter.of("language", year.dimension("language").keySet().iterator().next());
        for (DashboardFilter filter : List.of(DashboardFilter.NONE, project, language)) {
            yearPage(loader, window, filter);
        }
        List<Double> stats = new ArrayList<>();
        List<Double> hours = new ArrayList<>();
        List<Double> filtered = new ArrayList<>();
        List<Double> soFar = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long a = System.nanoTime();
            q.stats(q.today().minusDays(364), q.today());
            long b = System.nanoTime();
            q.weekHours(q.today().minusDays(364), q.today());
            long c = System.nanoTime();
            q.filtered(q.today().minusDays(364), q.today(), project);
            long d = System.nanoTime();
            q.soFar(q.today().minusDays(365), java.time.LocalTime.of(23, 0), project); // a whole working day
            long e = System.nanoTime();
            stats.add((b - a) / 1e6);
            hours.add((c - b) / 1e6);
            filtered.add((d - c) / 1e6);
            soFar.add((e - d) / 1e6);
        }
        System.out.printf("reads alone: a year of day stats median %.0f ms, hour-of-week profile (hourly rollups) "
                + "median %.0f ms, the biggest project's year scan (hour profile + languages) median %.0f ms, "
                + "the trend's day until 23:00 median %.1f ms%n",
                median(stats), median(hours), median(filtered), median(soFar));
        fixture.close();
        Platform.exit();
        Runtime.getRuntime().halt(0);
    }

    /** Loads and shows the Year page 12 times under the filter; prints the medians of the last 10. */
    private static void yearPage(DashboardLoader loader, DashboardWindow window, DashboardFilter filter) throws Exception {
        List<Double> loads = new ArrayList<>();
        List<Double> renders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // the post-layout pulse is before the software pipeline draws the frame: let that finish, or the next
            // load shares the two cores with it
            Thread.sleep(300);
            long t0 = System.nanoTime();
            DashboardModel model = loader.load(DashboardPage.YEAR, DashboardPage.YEAR.days(), filter);
            long t1 = System.nanoTime();
            CompletableFuture<Long> painted = new CompletableFuture<>();
            Platform.runLater(() -> {
                long r0 = System.nanoTime();
                window.showModel(model);
                window.stage().getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        window.stage().getScene().removePostLayoutPulseListener(this);
                        painted.complete(System.nanoTime() - r0);
                    }
                });
                Platform.requestNextPulse();
            });
            long renderNanos = painted.get();
            if (i >= 2) { // the first two warm up the JIT and the CSS caches
                loads.add((t1 - t0) / 1e6);
                renders.add(renderNanos / 1e6);
            }
        }
        System.out.printf("year page%s: load median %.0f ms (p90 %.0f), build+layout+paint median %.0f ms (p90 %.0f), "
                        + "total median %.0f ms%n", filter.isNone() ? "" : " filtered to " + filter.dimension() + " "
                        + filter.name(), median(loads), p90(loads), median(renders), p90(renders),
                median(loads) + median(renders));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static double p90(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
    }
}
