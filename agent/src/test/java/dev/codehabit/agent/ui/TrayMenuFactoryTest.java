package dev.codehabit.agent.ui;

import dev.codehabit.agent.desktop.TrackingControl;
import dev.codehabit.agent.platform.tray.TrayMenu;
import dev.codehabit.agent.platform.tray.TrayMenuItem;
import dev.codehabit.agent.platform.tray.TrayState;
import dev.codehabit.agent.ui.tray.TrayMenuFactory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class TrayMenuFactoryTest {
    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private final List<String> calls = new ArrayList<>();
    private final TrayMenuFactory factory = new TrayMenuFactory(new TrayMenuFactory.Actions() {
        public void openDashboard() { calls.add("dashboard"); }
        public void startFocus(int minutes) { calls.add("focus " + minutes); }
        public void stopFocus() { calls.add("stop focus"); }
        public void pause(Duration d) { calls.add("pause " + d.toMinutes()); }
        public void pauseUntilTomorrow() { calls.add("pause tomorrow"); }
        public void resume() { calls.add("resume"); }
        public void openSettings() { calls.add("settings"); }
        public void quit() { calls.add("quit"); }
    }, ZoneOffset.UTC);

    @Test
    void trackingMenuShowsTodayAndEveryAction() {
        TrayMenu menu = factory.build(new TrayMenuFactory.Today(3 * 3600 + 25 * 60, OptionalInt.of(72)),
                new TrackingControl.State(null, null), NOW, null);
        assertThat(menu.state()).isEqualTo(TrayState.TRACKING);
        assertThat(labels(menu.items())).containsExactly("Today: 3h 25m coding", "Productivity score: 72", "—",
                "Open Dashboard", "Start Focus", "Pause Tracking", "—", "Settings…", "Quit CodeHabit");
        select(menu, "Start Focus", "50 minutes");
        select(menu, "Pause Tracking", "1 hour");
        select(menu, "Pause Tracking", "Until tomorrow");
        assertThat(calls).containsExactly("focus 50", "pause 60", "pause tomorrow");
    }

    @Test
    void pausedAndFocusStatesChangeIconAndMenu() {
        TrayMenu paused = factory.build(new TrayMenuFactory.Today(0, OptionalInt.empty()),
                new TrackingControl.State(NOW.plusSeconds(900), null), NOW, null);
        assertThat(paused.state()).isEqualTo(TrayState.PAUSED);
        assertThat(labels(paused.items())).contains("Resume Tracking (paused until 15:15)");
        TrayMenu focus = factory.build(new TrayMenuFactory.Today(0, OptionalInt.empty()),
                new TrackingControl.State(null, NOW.plusSeconds(25 * 60)), NOW, null);
        assertThat(focus.state()).isEqualTo(TrayState.FOCUS);
        assertThat(labels(focus.items())).contains("Stop Focus (25 min left)");
        TrayMenu broken = factory.build(new TrayMenuFactory.Today(0, OptionalInt.empty()),
                new TrackingControl.State(null, null), NOW, "Cannot read today's figures");
        assertThat(broken.state()).isEqualTo(TrayState.ERROR);
        assertThat(broken.tooltip()).contains("Cannot read today's figures");
    }

    private void select(TrayMenu menu, String submenu, String item) {
        menu.items().stream().filter(i -> i instanceof TrayMenuItem.Submenu s && s.label().equals(submenu))
                .map(i -> (TrayMenuItem.Submenu) i).findFirst().orElseThrow().items().stream()
                .filter(i -> i instanceof TrayMenuItem.Action a && a.label().equals(item))
                .map(i -> (TrayMenuItem.Action) i).findFirst().orElseThrow().onSelect().run();
    }

    private static List<String> labels(List<TrayMenuItem> items) {
        return items.stream().map(i -> switch (i) {
            case TrayMenuItem.Info info -> info.label();
            case TrayMenuItem.Action a -> a.label();
            case TrayMenuItem.Submenu s -> s.label();
            case TrayMenuItem.Separator sep -> "—";
        }).toList();
    }
}
