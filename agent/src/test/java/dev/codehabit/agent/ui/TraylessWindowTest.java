package dev.codehabit.agent.ui;

import dev.codehabit.agent.desktop.TrackingControl;
import dev.codehabit.agent.support.FxSnapshots;
import dev.codehabit.agent.ui.theme.ThemeController;
import dev.codehabit.agent.ui.tray.TrayMenuFactory;
import dev.codehabit.agent.ui.tray.TraylessWindow;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The window shown where no tray exists: every button of the tray's menu is inside it, Quit included. */
@ExtendWith(ApplicationExtension.class)
class TraylessWindowTest {
    private TraylessWindow window;

    @Start
    void start(Stage ignored) {
        new ThemeController(choice -> { }).use("light");
        TrayMenuFactory factory = new TrayMenuFactory(new TrayMenuFactory.Actions() {
            public void openDashboard() { }
            public void startFocus(int minutes) { }
            public void stopFocus() { }
            public void pause(Duration d) { }
            public void pauseUntilTomorrow() { }
            public void resume() { }
            public void openSettings() { }
            public void quit() { }
        }, ZoneOffset.UTC);
        window = new TraylessWindow(() -> factory.build(new TrayMenuFactory.Today(3 * 3600 + 25 * 60, OptionalInt.of(72)),
                new TrackingControl.State(null, null), Instant.parse("2026-03-02T15:00:00Z"), null), ThemeController.STYLESHEET);
        window.show();
    }

    @Test
    void quitIsNotCutOff(FxRobot robot) {
        Node quit = robot.lookup((Node n) -> n instanceof Labeled l && "Quit CodeHabit".equals(l.getText())).query();
        Bounds inScene = quit.localToScene(quit.getBoundsInLocal());
        Window stage = quit.getScene().getWindow();
        assertThat(inScene.getMaxY()).isLessThanOrEqualTo(quit.getScene().getHeight());
        assertThat(inScene.getMaxX()).isLessThanOrEqualTo(quit.getScene().getWidth());
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(quit.getScene().getHeight());
        robot.interact(() -> FxSnapshots.save(quit.getScene(), Path.of("target", "screenshots", "trayless-window-light.png")));
    }
}
