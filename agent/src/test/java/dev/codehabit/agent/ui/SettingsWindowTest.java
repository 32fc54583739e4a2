package dev.codehabit.agent.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.support.DesktopFixture;
import dev.codehabit.agent.support.FxSnapshots;
import dev.codehabit.agent.ui.settings.SettingsWindow;
import dev.codehabit.agent.ui.theme.ThemeController;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings apply at once and are on disk right after the change; refused values change nothing. */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest {
    @TempDir
    Path dir;
    private DesktopFixture fixture;
    private ThemeController theme;
    private SettingsWindow window;

    @Start
    void start(Stage ignored) {
        fixture = new DesktopFixture(dir, 0);
        theme = new ThemeController(choice -> fixture.desktop().settings().change(s -> s.withTheme(choice)));
        theme.use("light");
        window = new SettingsWindow(fixture.desktop(), theme, Executors.newSingleThreadExecutor(), ThemeController.STYLESHEET,
                () -> { });
        window.showOrRaise();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theIdleThresholdIsSavedToTheSettingsFile(FxRobot robot) throws Exception {
        robot.clickOn("#tab-tracking");
        Spinner<?> idle = robot.lookup("#idle-minutes").queryAs(Spinner.class);
        robot.interact(() -> idle.getValueFactory().increment(2)); // 3 → 5 minutes
        assertThat(savedFile().get("idle_threshold_seconds").asInt()).isEqualTo(300);
        assertThat(fixture.services().settings().get().idleThresholdSeconds()).isEqualTo(300);
        assertThat(robot.lookup("#settings-status").queryAs(Label.class).getText()).contains("saved");
    }

    @Test
    void aClosedWindowIsDroppedAndReopensWithWhatChangedMeanwhile(FxRobot robot) {
        robot.interact(() -> window.stage().hide());
        assertThat(window.stage()).isNull();
        var settings = fixture.services().settings();
        settings.update(settings.get().withAudibleKeepsActive(false)); // e.g. through an installer preset or the API
        robot.interact(window::showOrRaise);
        robot.clickOn("#tab-tracking");
        assertThat(robot.lookup("#audible-keeps-active").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
    }

    /** Its sections listen to the input hook and to pairing requests: closing must end that, or it stays. */
    @Test
    void aClosedWindowCanBeCollected(FxRobot robot) throws Exception {
        java.lang.ref.WeakReference<Stage> closed = new java.lang.ref.WeakReference<>(window.stage());
        robot.interact(() -> window.stage().hide());
        for (int i = 0; i < 100 && closed.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(closed.get()).isNull();
    }

    /** The model allows a whole day; the spinner used to stop at 720 minutes (issue 11, defect 4). */
    @Test
    void theDailyGoalGoesUpToAWholeDay(FxRobot robot) throws Exception {
        robot.clickOn("#tab-tracking");
        @SuppressWarnings("unchecked")
        Spinner<Integer> goal = robot.lookup("#daily-goal").queryAs(Spinner.class);
        robot.interact(() -> goal.getValueFactory().setValue(1440));
        assertThat(savedFile().get("daily_goal_minutes").asInt()).isEqualTo(1440);
    }

    @Test
    void trackingTogglesPersist(FxRobot robot) throws Exception {
        robot.clickOn("#tab-tracking");
        robot.clickOn("#track-browser");
        assertThat(savedFile().get("track_browser").asBoolean()).isFalse();
        assertThat(savedFile().get("track_ide").asBoolean()).isTrue();
    }

    @Test
    void soundKeepingYouActiveIsOnByDefaultAndCanBeSwitchedOff(FxRobot robot) throws Exception {
        robot.clickOn("#tab-tracking");
        assertThat(robot.lookup("#audible-keeps-active").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        javafx.scene.Scene scene = robot.lookup("#audible-keeps-active").query().getScene();
        Path shot = Path.of("target", "screenshots", "settings-tracking-light.png");
        robot.interact(() -> FxSnapshots.save(scene, shot));
        assertThat(shot).isNotEmptyFile();
        robot.clickOn("#audible-keeps-active");
        assertThat(savedFile().get("audible_keeps_active").asBoolean()).isFalse();
        assertThat(fixture.services().settings().get().audibleKeepsActive()).isFalse();
    }

    @Test
    void anUnknownTimeZoneIsRefusedAndNothingChanges(FxRobot robot) throws Exception {
        robot.clickOn("#tab-tracking");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = robot.lookup("#time-zone").queryAs(ComboBox.class);
        robot.interact(() -> zone.setValue("Mars/Olympus_Mons"));
        awaitStatus("Time zone not saved"); // a zone change recomputes the history, off the FX thread
        assertThat(robot.lookup("#settings-status").queryAs(Label.class).getText()).contains("not saved");
        assertThat(fixture.services().settings().get().timeZone()).isEqualTo("system");

        robot.interact(() -> zone.setValue("Europe/Berlin"));
        awaitStatus("Time zone — saved");
        assertThat(savedFile().get("time_zone").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void startAtLoginWritesTheAutostartEntry(FxRobot robot) {
        robot.clickOn("#start-at-login");
        assertThat(fixture.home().resolve(".config/autostart/codehabit.desktop")).exists();
        robot.clickOn("#start-at-login");
        assertThat(fixture.home().resolve(".config/autostart/codehabit.desktop")).doesNotExist();
    }

    @Test
    void choosingDarkSwitchesTheThemeAndRemembersIt(FxRobot robot) throws Exception {
        robot.clickOn("#theme-choice").clickOn("Dark");
        assertThat(theme.isDark()).isTrue();
        assertThat(savedFile().get("theme").asText()).isEqualTo("dark");
    }

    @Test
    void theDashboardsThemeToggleShowsHereAndIsSaved(FxRobot robot) throws Exception {
        javafx.scene.control.ChoiceBox<?> themes = robot.lookup("#theme-choice").queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(themes.getValue()).isEqualTo("Light");
        robot.interact(theme::toggle); // what the dashboard header's button does
        assertThat(themes.getValue()).isEqualTo("Dark");
        assertThat(savedFile().get("theme").asText()).isEqualTo("dark");
    }

    @Test
    void featuresOfTheBrowserBridgeSayTheyAreNotWiredYet(FxRobot robot) {
        robot.clickOn("#tab-websites");
        assertThat(robot.lookup("#not-available").queryAs(Label.class).getText()).contains("browser bridge");
    }

    private static void awaitStatus(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return new FxRobot().lookup("#settings-status").queryAs(Label.class).getText().startsWith(text);
        });
    }

    private com.fasterxml.jackson.databind.JsonNode savedFile() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = fixture.services().dataDir().resolve("settings.json");
        assertThat(file).exists();
        return new ObjectMapper().readTree(Files.readString(file));
    }
}
