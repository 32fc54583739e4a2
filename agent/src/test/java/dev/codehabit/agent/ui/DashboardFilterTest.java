package dev.codehabit.agent.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.Json;
import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.ingest.IngestResult;
import dev.codehabit.agent.support.DesktopFixture;
import dev.codehabit.agent.support.FxSnapshots;
import dev.codehabit.agent.ui.dashboard.DashboardLoader;
import dev.codehabit.agent.ui.dashboard.DashboardModel;
import dev.codehabit.agent.ui.dashboard.DashboardPage;
import dev.codehabit.agent.ui.dashboard.DashboardWindow;
import dev.codehabit.agent.ui.theme.ThemeController;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/**
 * Clicking a project or language narrows the other breakdown lists, on known heartbeats sent through the real
 * ingest path (JSON, parser, spans, rollups) into a real SQLite file. Two days ago at 10:00 local, one stream:
 * <pre>
 *  alpha/Java 10 min, alpha/Kotlin 5 min, beta/Java 10 min, beta/Rust 5 min, gamma/Python 5 min;
 *  web: github.com 10 min
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
class DashboardFilterTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = Json.mapper();
    @TempDir
    Path dir;
    private DesktopFixture fixture;
    private DashboardWindow window;
    private ThemeController theme;

    @Start
    void start(Stage ignored) throws Exception {
        fixture = new DesktopFixture(dir, 0);
        ZoneId zone = fixture.services().settings().get().zone();
        double ten = LocalDate.now(zone).minusDays(2).atTime(10, 0).atZone(zone).toEpochSecond();
        List<JsonNode> beats = new ArrayList<>();
        String[][] coding = {{"alpha", "Java"}, {"alpha", "Kotlin"}, {"beta", "Java"}, {"beta", "Rust"},
                {"gamma", "Python"}, {"gamma", "Python"}};
        int[] minutes = {0, 10, 15, 25, 30, 35}; // each lasts until the next; the last one ends the stream
        for (int i = 0; i < coding.length; i++) {
            beats.add(JSON.readTree("""
                    {"entity": "/src/%s/Main.%s", "type": "file", "time": %f, "project": "%s", "language": "%s",
                     "keystrokes": %d, "line_additions": %d, "line_deletions": 1,
                     "user_agent": "wakatime/v1.90 vscode/1.98 vscode-wakatime/25.0"}"""
                    .formatted(coding[i][0], coding[i][1], ten + minutes[i] * 60, coding[i][0], coding[i][1],
                            10 * (i + 1), i + 1)));
        }
        beats.add(JSON.readTree("{\"entity\": \"https://github.com/codehabit/pulls\", \"type\": \"url\", \"time\": %f}"
                .formatted(ten + 3600)));
        beats.add(JSON.readTree("{\"entity\": \"https://github.com/codehabit\", \"type\": \"url\", \"time\": %f}"
                .formatted(ten + 4200)));
        assertThat(fixture.services().ingest().ingestJson(beats)).hasSize(beats.size())
                .allMatch(r -> r instanceof IngestResult.Stored);

        theme = new ThemeController(choice -> { });
        theme.use("light");
        window = new DashboardWindow(new DashboardLoader(fixture.desktop().queries()),
                Executors.newSingleThreadExecutor(), theme, () -> { }, new SimpleStringProperty(""), () -> { });
        window.showOrRaise();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Not a filter, but this history has no browsing today, which the Today page must show as such. */
    @Test
    void theWebTilesAreThereBeforeAnyBrowsingToday(FxRobot robot) {
        awaitModel(m -> m.page() == DashboardPage.TODAY);
        assertThat(tile(robot, "kpi-productive-time")).containsExactly("Productive time", "0m", "no web time today");
        assertThat(tile(robot, "kpi-productivity-score")).containsExactly("Productivity score", "—", "needs web time");
        robot.interact(() -> FxSnapshots.save(window.stage().getScene(), SHOTS.resolve("dashboard-today-no-web-light.png")));
    }

    private static List<String> tile(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    @Test
    void aProjectNarrowsTheLanguagesAndALanguageTheProjects(FxRobot robot) {
        robot.clickOn("#nav-projects");
        awaitModel(m -> m.page() == DashboardPage.PROJECTS);
        robot.clickOn("#row-alpha");
        awaitModel(m -> m.filter().equals(DashboardFilter.of("project", "alpha")));

        // the Projects list keeps every project, the chosen one highlighted, so the user can switch
        assertThat(rows(robot, "project")).containsOnlyKeys("alpha", "beta", "gamma");
        assertThat(robot.lookup("#breakdown-project .breakdown-row.selected").queryAll()).hasSize(1);

        robot.clickOn("#nav-languages");
        DashboardModel languages = awaitModel(m -> m.page() == DashboardPage.LANGUAGES);
        assertThat(languages.filtered().dimension("language")).containsOnlyKeys("Java", "Kotlin");
        assertThat(languages.filtered().dimension("language").get("Java")).isCloseTo(600, within(0.01));
        assertThat(languages.filtered().dimension("language").get("Kotlin")).isCloseTo(300, within(0.01));
        assertThat(rows(robot, "language")).containsExactly(entry("Java", "10m"), entry("Kotlin", "5m"));
        assertThat(cardTitles(robot)).contains("Languages in alpha · last 30 days");
        assertThat(tooltip(robot, "#breakdown-language #row-Java")).startsWith("Java in alpha: 10m 00s (67%)");

        robot.clickOn("#breakdown-language #row-Java"); // from the narrowed list: now Java across projects
        awaitModel(m -> m.filter().equals(DashboardFilter.of("language", "Java")));
        assertThat(rows(robot, "language")).containsOnlyKeys("Java", "Kotlin", "Rust", "Python");

        robot.clickOn("#nav-week");
        DashboardModel week = awaitModel(m -> m.page() == DashboardPage.WEEK);
        assertThat(week.filtered().dimension("project").get("alpha")).isCloseTo(600, within(0.01));
        assertThat(week.filtered().dimension("project").get("beta")).isCloseTo(600, within(0.01));
        assertThat(rows(robot, "project")).containsExactly(entry("alpha", "10m"), entry("beta", "10m"));
        assertThat(cardTitles(robot)).contains("Projects using Java", "Languages");
        assertThat(robot.lookup("#breakdown-language .breakdown-row.selected").queryAll()).hasSize(1);

        robot.clickOn("#clear-filter");
        awaitModel(m -> m.filter().isNone() && m.page() == DashboardPage.WEEK);
        assertThat(rows(robot, "language")).containsExactly(entry("Java", "20m"), entry("Kotlin", "5m"),
                entry("Python", "5m"), entry("Rust", "5m"));
        assertThat(rows(robot, "project")).containsExactly(entry("alpha", "15m"), entry("beta", "15m"),
                entry("gamma", "5m"));
        assertThat(cardTitles(robot)).contains("Languages", "Projects");
        assertThat(robot.lookup(".breakdown-row.selected").queryAll()).isEmpty();
    }

    @Test
    void aSiteSaysTheCodingListsDoNotApplyAndKeepsEverySite(FxRobot robot) {
        robot.clickOn("#nav-websites");
        awaitModel(m -> m.page() == DashboardPage.WEBSITES);
        robot.clickOn((Node n) -> "row-github.com".equals(n.getId()));
        awaitModel(m -> m.filter().equals(DashboardFilter.of("domain", "github.com")));
        assertThat(rows(robot, "domain")).containsOnlyKeys("github.com");
        assertThat(robot.lookup("#breakdown-domain .breakdown-row.selected").queryAll()).hasSize(1);

        robot.clickOn("#nav-week");
        awaitModel(m -> m.page() == DashboardPage.WEEK);
        assertThat(robot.lookup("#breakdown-language").tryQuery()).isEmpty();
        Label note = (Label) robot.lookup("#not-applicable-language .empty-note").query();
        assertThat(note.getText()).startsWith("github.com is web time").contains("languages are counted for coding time only");
        scrollToBottom(robot);
        robot.clickOn("#not-applicable-project .button"); // "Show all projects" clears the filter
        awaitModel(m -> m.filter().isNone() && m.page() == DashboardPage.WEEK);
        assertThat(rows(robot, "project")).containsOnlyKeys("alpha", "beta", "gamma");
    }

    @Test
    void theTilesFollowTheFilterAndSayWhichDoNot(FxRobot robot) {
        robot.clickOn("#nav-week");
        awaitModel(m -> m.page() == DashboardPage.WEEK);
        assertThat(tile(robot, "kpi-keystrokes").get(1)).isEqualTo("210"); // 10 + 20 + ... + 60
        assertThat(tile(robot, "kpi-lines").get(1)).isEqualTo("+21 / −6");

        robot.interact(() -> window.setFilter(DashboardFilter.of("project", "alpha")));
        awaitModel(m -> m.filter().equals(DashboardFilter.of("project", "alpha")));
        assertThat(tile(robot, "kpi-keystrokes")).containsExactly("Keystrokes", "30", "in alpha");
        assertThat(tile(robot, "kpi-lines")).containsExactly("Lines", "+3 / −2", "in alpha");
        assertThat(tile(robot, "kpi-current-streak").get(2)).endsWith("· all coding");

        robot.interact(() -> window.setFilter(DashboardFilter.of("language", "Java")));
        awaitModel(m -> m.filter().equals(DashboardFilter.of("language", "Java")));
        assertThat(tile(robot, "kpi-keystrokes").get(1)).isEqualTo("40"); // alpha's and beta's Java: 10 + 30

        robot.interact(() -> window.setFilter(DashboardFilter.of("domain", "github.com")));
        awaitModel(m -> m.filter().equals(DashboardFilter.of("domain", "github.com")));
        assertThat(tile(robot, "kpi-keystrokes")).containsExactly("Keystrokes", "—", "coding only, not websites");
    }

    @Test
    void theBreakdownPagesLetThePeriodBeChosen(FxRobot robot) {
        robot.clickOn("#nav-projects");
        DashboardModel month = awaitModel(m -> m.page() == DashboardPage.PROJECTS);
        assertThat(month.current().days()).hasSize(30);
        assertThat(robot.lookup("#period-choice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#top-per-day").tryQuery()).isPresent();
        robot.clickOn("#period-7");
        DashboardModel week = awaitModel(m -> m.page() == DashboardPage.PROJECTS && m.current().days().size() == 7);
        assertThat(week.current().total().dimension("project")).containsOnlyKeys("alpha", "beta", "gamma");
        assertThat(robot.lookup(".card-title").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.endsWith("· last 7 days"));
        robot.clickOn("#nav-week");
        awaitModel(m -> m.page() == DashboardPage.WEEK);
        assertThat(robot.lookup("#period-choice").query().isVisible()).isFalse();
        robot.interact(() -> FxSnapshots.save(window.stage().getScene(), SHOTS.resolve("dashboard-week-for-period.png")));
        robot.clickOn("#nav-projects");
        awaitModel(m -> m.page() == DashboardPage.PROJECTS && m.current().days().size() == 7);
        robot.interact(() -> FxSnapshots.save(window.stage().getScene(), SHOTS.resolve("dashboard-projects-7-days-light.png")));
    }

    @Test
    void aFilteredPageLooksRightInBothThemes(FxRobot robot) {
        robot.clickOn("#nav-projects");
        awaitModel(m -> m.page() == DashboardPage.PROJECTS);
        robot.clickOn("#row-beta");
        awaitModel(m -> !m.filter().isNone());
        robot.clickOn("#nav-month");
        awaitModel(m -> m.page() == DashboardPage.MONTH);
        for (String t : List.of("light", "dark")) {
            robot.interact(() -> theme.use(t));
            WaitForAsyncUtils.waitForFxEvents();
            scrollToBottom(robot);
            assertThat(rows(robot, "language")).containsExactly(entry("Java", "10m"), entry("Rust", "5m"));
            robot.interact(() -> FxSnapshots.save(window.stage().getScene(), SHOTS.resolve("dashboard-filtered-" + t + ".png")));
        }
        assertThat(SHOTS.resolve("dashboard-filtered-dark.png")).isNotEmptyFile();
    }

    /** The breakdown cards sit at the bottom of the period pages, below the window's height. */
    private void scrollToBottom(FxRobot robot) {
        robot.interact(() -> {
            ((ScrollPane) robot.lookup(".page-scroll").query()).setVvalue(1);
            window.stage().getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The rows of a breakdown list on screen: name → the time it shows. */
    private static Map<String, String> rows(FxRobot robot, String dimension) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Node row : robot.lookup("#breakdown-" + dimension + " .breakdown-row").queryAll()) {
            HBox box = (HBox) row;
            out.put(((Label) box.getChildren().getFirst()).getText(), ((Label) box.getChildren().getLast()).getText());
        }
        return out;
    }

    private static List<String> cardTitles(FxRobot robot) {
        return robot.lookup(".card-title").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static String tooltip(FxRobot robot, String query) {
        // where Tooltip.install keeps a node's tooltip
        Object t = robot.lookup(query).query().getProperties().get("javafx.scene.control.Tooltip");
        return ((Tooltip) t).getText();
    }

    private DashboardModel awaitModel(Predicate<DashboardModel> ready) {
        return ShownModel.await(window, ready);
    }
}
