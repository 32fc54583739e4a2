package dev.codehabit.agent.ui.tray;

import dev.codehabit.agent.stats.DurationText;
import dev.codehabit.agent.desktop.TrackingControl;
import dev.codehabit.agent.platform.tray.TrayMenu;
import dev.codehabit.agent.platform.tray.TrayMenuItem;
import dev.codehabit.agent.platform.tray.TrayMenuItem.Action;
import dev.codehabit.agent.platform.tray.TrayMenuItem.Info;
import dev.codehabit.agent.platform.tray.TrayMenuItem.Separator;
import dev.codehabit.agent.platform.tray.TrayMenuItem.Submenu;
import dev.codehabit.agent.platform.tray.TrayState;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Builds the tray menu model from the agent's state; no toolkit involved, so it is unit-tested as is. */
public final class TrayMenuFactory {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    /** What the menu items do; each runs on whatever thread the tray toolkit calls back on. */
    public interface Actions {
        void openDashboard();

        void startFocus(int minutes);

        void stopFocus();

        void pause(Duration duration);

        void pauseUntilTomorrow();

        void resume();

        void openSettings();

        void quit();
    }

    /** The live figures shown at the top. */
    public record Today(double codingSeconds, OptionalInt score) {}

    private final Actions actions;
    private final ZoneId zone;

    public TrayMenuFactory(Actions actions, ZoneId zone) {
        this.actions = actions;
        this.zone = zone;
    }

    public TrayMenu build(Today today, TrackingControl.State state, Instant now, String error) {
        TrayState icon = error != null ? TrayState.ERROR
                : state.paused(now) ? TrayState.PAUSED
                : state.focusing(now) ? TrayState.FOCUS
                : TrayState.TRACKING;
        List<TrayMenuItem> items = new ArrayList<>();
        String coding = "Today: " + DurationText.compact(today.codingSeconds()) + " coding";
        items.add(new Info(coding));
        today.score().ifPresent(s -> items.add(new Info("Productivity score: " + s)));
        if (error != null) {
            items.add(new Info("⚠ " + error));
        }
        items.add(new Separator());
        items.add(new Action("Open Dashboard", actions::openDashboard));
        if (state.focusing(now)) {
            long left = Math.max(1, Duration.between(now, state.focusUntil()).toMinutes());
            items.add(new Action("Stop Focus (" + left + " min left)", actions::stopFocus));
        } else {
            items.add(new Submenu("Start Focus", List.of(
                    new Action("25 minutes", () -> actions.startFocus(25)),
                    new Action("50 minutes", () -> actions.startFocus(50)),
                    new Action("90 minutes", () -> actions.startFocus(90)))));
        }
        if (state.paused(now)) {
            items.add(new Action("Resume Tracking (paused until " + HM.format(state.pausedUntil().atZone(zone)) + ")",
                    actions::resume));
        } else {
            items.add(new Submenu("Pause Tracking", List.of(
                    new Action("15 minutes", () -> actions.pause(Duration.ofMinutes(15))),
                    new Action("1 hour", () -> actions.pause(Duration.ofHours(1))),
                    new Action("Until tomorrow", actions::pauseUntilTomorrow))));
        }
        items.add(new Separator());
        items.add(new Action("Settings…", actions::openSettings));
        items.add(new Action("Quit CodeHabit", actions::quit));
        String tooltip = "CodeHabit — " + (error != null ? "⚠ " + error : icon.label() + " · " + coding);
        return new TrayMenu(icon, tooltip, items);
    }
}
