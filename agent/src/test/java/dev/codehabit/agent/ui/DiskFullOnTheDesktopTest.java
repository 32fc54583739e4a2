package dev.codehabit.agent.ui;

import dev.codehabit.agent.desktop.TrackingControl;
import dev.codehabit.agent.platform.tray.TrayMenu;
import dev.codehabit.agent.platform.tray.TrayState;
import dev.codehabit.agent.support.FxSnapshots;
import dev.codehabit.agent.ui.theme.ThemeController;
import dev.codehabit.agent.ui.tray.TrayController;
import dev.codehabit.agent.ui.tray.TrayMenuFactory;
import dev.codehabit.agent.ui.tray.TraylessWindow;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A full disk shows on the desktop: the tray's icon turns to its error state and the menu says what is wrong. */
@ExtendWith(ApplicationExtension.class)
class DiskFullOnTheDesktopTest {
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    private final AtomicReference<TrayMenu> menu = new AtomicReference<>();
    private TraylessWindow window;

    @Start
    void start(Stage ignored) {
        TrayMenuFactory factory = new TrayMenuFactory(new NoActions(), ZoneId.of("UTC"));
        menu.set(factory.build(new TrayMenuFactory.Today(5400, OptionalInt.of(72)),
                new TrackingControl.State(null, null), NOW, TrayController.DISK_FULL));
        window = new TraylessWindow(menu::get, ThemeController.STYLESHEET);
        window.show();
    }

    @Test
    void theTrayWindowSaysTheDiskIsFull(FxRobot robot) {
        assertThat(menu.get().state()).isEqualTo(TrayState.ERROR);
        assertThat(menu.get().tooltip()).contains("Disk full");
        boolean shown = robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Disk full: new activity cannot be saved"));
        assertThat(shown).isTrue();
        robot.interact(() -> FxSnapshots.save(robot.lookup(".fallback").query().getScene(),
                Path.of("target", "screenshots", "tray-disk-full.png")));
    }

    private static final class NoActions implements TrayMenuFactory.Actions {
        public void openDashboard() { }
        public void startFocus(int minutes) { }
        public void stopFocus() { }
        public void pause(Duration duration) { }
        public void pauseUntilTomorrow() { }
        public void resume() { }
        public void openSettings() { }
        public void quit() { }
    }
}
