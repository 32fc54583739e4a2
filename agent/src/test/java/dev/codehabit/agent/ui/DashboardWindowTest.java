package dev.codehabit.agent.ui;

import dev.codehabit.agent.stats.DurationText;
import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.stats.Totals;
import dev.codehabit.agent.support.Beats;
import dev.codehabit.agent.support.DesktopFixture;
import dev.codehabit.agent.ui.dashboard.DashboardLoader;
import dev.codehabit.agent.ui.dashboard.DashboardModel;
import dev.codehabit.agent.ui.dashboard.DashboardPage;
import dev.codehabit.agent.ui.dashboard.DashboardWindow;
import dev.codehabit.agent.ui.theme.ThemeController;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard on real demo data in a real SQLite store: data shows, filters filter, new data appears live. */
@ExtendWith(ApplicationExtension.class)
class DashboardWindowTest {
    @TempDir
    static Path dir;
    private static DesktopFixture fixture;
    private DashboardWindow window;
    private ThemeController theme;

    @BeforeAll
    static void fill() {
        fixture = new DesktopFixture(dir, 30);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Start
    void start(Stage ignored) {
        theme = new ThemeController(choice -> fixture.desktop().settings().change(s -> s.withTheme(choice)));
        theme.use("light");
        window = new DashboardWindow(new DashboardLoader(fixture.desktop().queries()),
                Executors.newSingleThreadExecutor(), theme, () -> { }, new SimpleStringProperty(""),
                new ClosedWindowMemory(Optional.empty())::windowClosed);
        fixture.desktop().onActivity().accept(() -> Platform.runLater(window::dataChanged));
        window.showOrRaise();
    }

    @Test
    void todayShowsTheStoredFigures(FxRobot robot) {
        DashboardModel m = awaitModel(model -> model.page() == DashboardPage.TODAY);
        Totals today = fixture.services().stats().today().total();
        assertThat(tileValue(robot, "kpi-coding-time")).isEqualTo(DurationText.compact(today.codingSeconds()));
        assertThat(robot.lookup("#today-timeline").tryQuery()).isPresent();
        assertThat(m.spans()).isNotEmpty();
        assertThat(window.stage().getTitle()).contains("CodeHabit");
    }

    @Test
    void clickingAProjectFiltersTheViews(FxRobot robot) {
        robot.clickOn("#nav-projects");
        DashboardModel projects = awaitModel(model -> model.page() == DashboardPage.PROJECTS);
        var ranked = List.copyOf(projects.current().total().dimension("project").keySet());
        String project = ranked.get(1); // not simply the biggest one

        robot.clickOn("#row-" + project);
        DashboardModel filtered = awaitModel(model -> !model.filter().isNone());
        assertThat(filtered.filter()).isEqualTo(DashboardFilter.of("project", project));
        assertThat(robot.lookup("#breakdown-project .breakdown-row.selected").queryAll()).hasSize(1);

        robot.clickOn("#nav-week");
        DashboardModel week = awaitModel(model -> model.page() == DashboardPage.WEEK);
        assertThat(week.filter().name()).isEqualTo(project);
        double projectSeconds = week.current().total().dimension("project").getOrDefault(project, 0.0);
        assertThat(tileValue(robot, "kpi-" + project.toLowerCase().replaceAll("[^a-z]+", "-")))
                .isEqualTo(DurationText.compact(projectSeconds));
        assertThat(projectSeconds).isLessThan(week.current().total().codingSeconds());

        robot.clickOn("#clear-filter");
        assertThat(awaitModel(model -> model.filter().isNone()).page()).isEqualTo(DashboardPage.WEEK);
    }

    @Test
    void aYearRendersWithItsHeatMaps(FxRobot robot) {
        robot.clickOn("#nav-year");
        DashboardModel year = awaitModel(model -> model.page() == DashboardPage.YEAR);
        assertThat(year.current().days()).hasSize(365);
        assertThat(robot.lookup("#calendar-heatmap").tryQuery()).isPresent();
        double[][] hours = year.weekHours();
        double total = 0;
        for (double[] row : hours) {
            for (double v : row) {
                total += v;
            }
        }
        assertThat(total).isEqualTo(year.current().total().codingSeconds(), org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void newActivityShowsUpWithoutReopening(FxRobot robot) {
        robot.clickOn("#nav-today");
        awaitModel(model -> model.page() == DashboardPage.TODAY);
        double before = fixture.services().stats().today().total().codingSeconds();
        double now = Instant.now().getEpochSecond();
        fixture.services().ingest().record(List.of(Beats.coding(now - 600, "live-project", "Rust"),
                Beats.coding(now - 60, "live-project", "Rust")));
        DashboardModel after = awaitModel(model -> model.current().total().dimension("project").containsKey("live-project"));
        // the new heartbeats may fall between demo heartbeats of the same stream: they then re-attribute time
        // rather than add it, so check the project's own time
        assertThat(after.current().total().dimension("project").get("live-project")).isGreaterThan(0.0);
        assertThat(after.current().total().codingSeconds()).isGreaterThanOrEqualTo(before);
        assertThat(robot.lookup("#row-live-project").tryQuery()).isPresent();
    }

    @Test
    void theFocusPageShowsTheFocusSessions(FxRobot robot) {
        robot.clickOn("#nav-focus");
        DashboardModel focus = awaitModel(model -> model.page() == DashboardPage.FOCUS);
        int sessions = focus.focus().values().stream().mapToInt(dev.codehabit.agent.dashboard.FocusDay::sessions).sum();
        assertThat(sessions).isPositive();
        assertThat(tileValue(robot, "kpi-focus-sessions")).isEqualTo(Integer.toString(sessions));
        assertThat(robot.lookup("#focus-bars").tryQuery()).isPresent();
    }

    @Test
    void theThemeSwitchesToDarkAndBack(FxRobot robot) {
        awaitModel(model -> true);
        robot.clickOn("#theme-toggle");
        assertThat(theme.isDark()).isTrue();
        // kept for the next start, and what Settings shows
        assertThat(fixture.desktop().settings().get().theme()).isEqualTo("dark");
        assertThat(theme.choiceProperty().get()).isEqualTo("dark");
        robot.clickOn("#theme-toggle");
        assertThat(theme.isDark()).isFalse();
        assertThat(fixture.desktop().settings().get().theme()).isEqualTo("light");
    }

    /** The agent lives in the tray for days: a closed dashboard must not keep its last page (or its pixels). */
    @Test
    void aClosedWindowLetsGoOfItsPage(FxRobot robot) throws Exception {
        awaitModel(model -> model.page() == DashboardPage.TODAY);
        WeakReference<Node> tile = new WeakReference<>(robot.lookup("#kpi-coding-time").query());
        WeakReference<Stage> stage = new WeakReference<>(window.stage());
        robot.interact(() -> {
            window.dataChanged(); // new activity just before the user closes it: its reload must not come back
            window.stage().hide();
        });
        for (int i = 0; i < 200 && (tile.get() != null || stage.get() != null); i++) {
            Thread.sleep(100); // garbage is collected when the collector gets to it
            System.gc();
        }
        assertThat(tile.get()).as("the closed window's page").isNull();
        assertThat(stage.get()).as("the closed window").isNull();
        assertThat(window.shownProperty().get()).as("the model of the closed window's page").isNull();
        robot.interact(window::showOrRaise); // and it opens again with its page
        awaitModel(model -> model.page() == DashboardPage.TODAY);
        assertThat(robot.lookup("#kpi-coding-time").tryQuery()).isPresent();
    }

    private DashboardModel awaitModel(Predicate<DashboardModel> ready) {
        return ShownModel.await(window, ready);
    }

    private static String tileValue(FxRobot robot, String id) {
        VBox tile = robot.lookup("#" + id).queryAs(VBox.class);
        return ((Label) tile.getChildren().get(1)).getText();
    }
}
