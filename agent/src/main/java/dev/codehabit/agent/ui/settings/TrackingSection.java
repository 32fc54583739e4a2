package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.config.Settings;
import dev.codehabit.agent.desktop.DesktopServices;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What is tracked and how: sources, idle threshold, whether sound keeps you active, keystroke timeout, time zone,
 * and the input hook's state.
 */
final class TrackingSection {
    private final DesktopServices services;
    private final StatusLine status;
    private final Consumer<Runnable> untilClosed;

    /** @param untilClosed takes what cancels a subscription, run when the window closes */
    TrackingSection(DesktopServices services, StatusLine status, Consumer<Runnable> untilClosed) {
        this.untilClosed = untilClosed;
        this.services = services;
        this.status = status;
    }

    Node build() {
        Settings initial = services.settings().get();
        var grid = Forms.grid();
        CheckBox browser = new CheckBox("Browser (web time)");
        browser.setId("track-browser");
        browser.setSelected(initial.trackBrowser());
        CheckBox ide = new CheckBox("IDE (coding time)");
        ide.setId("track-ide");
        ide.setSelected(initial.trackIde());
        CheckBox hook = new CheckBox("Keyboard and mouse activity (counts only, never keys)");
        hook.setId("track-input");
        hook.setSelected(initial.inputHook());
        Runnable saveToggles = () -> status.apply("Tracking", () -> services.settings().change(
                s -> s.withTracking(browser.isSelected(), ide.isSelected(), hook.isSelected())));
        browser.setOnAction(e -> saveToggles.run());
        ide.setOnAction(e -> saveToggles.run());
        hook.setOnAction(e -> saveToggles.run());
        Label hookState = new Label(services.inputHook().status().detail());
        hookState.setId("hook-status");
        hookState.getStyleClass().add("settings-hint");
        hookState.setWrapText(true);
        untilClosed.accept(services.inputHook().onStatus(
                st -> javafx.application.Platform.runLater(() -> hookState.setText(st.detail()))));
        Forms.row(grid, "Track", new javafx.scene.layout.VBox(8, browser, ide, hook, hookState), null);

        Spinner<Integer> idle = new Spinner<>(1, 60, Math.max(1, initial.idleThresholdSeconds() / 60));
        idle.setId("idle-minutes");
        idle.setEditable(true);
        idle.valueProperty().addListener((obs, o, minutes) -> status.apply("Idle threshold",
                () -> services.settings().change(s -> s.withIdleThresholdSeconds(minutes * 60))));
        Forms.row(grid, "Away after (minutes)", idle,
                "No keyboard or mouse input for this long marks you away, from your last input on.");

        CheckBox audible = new CheckBox("A browser tab playing sound keeps you active");
        audible.setId("audible-keeps-active");
        audible.setSelected(initial.audibleKeepsActive());
        audible.setOnAction(e -> status.apply("Watching with sound", () -> services.settings().change(
                s -> s.withAudibleKeepsActive(audible.isSelected()))));
        Forms.row(grid, "While away", audible, "Web time keeps counting while a video plays; coding stops at your last input.");

        Spinner<Integer> timeout = new Spinner<>(1, 60, Math.max(1, initial.keystrokeTimeoutSeconds() / 60));
        timeout.setId("keystroke-timeout");
        timeout.setEditable(true);
        // This one and the time zone recompute the whole history: off the FX thread.
        timeout.valueProperty().addListener((obs, o, minutes) -> status.applyInBackground("Keystroke timeout",
                () -> changed(s -> s.withKeystrokeTimeoutSeconds(minutes * 60))));
        Forms.row(grid, "Keystroke timeout (minutes)", timeout,
                "Heartbeats further apart than this do not join into one span (WakaTime's default is 15).");

        Spinner<Integer> goal = new Spinner<>(0, Settings.MAX_DAILY_GOAL_MINUTES, initial.dailyGoalMinutes(), 15);
        goal.setId("daily-goal");
        goal.setEditable(true);
        goal.valueProperty().addListener((obs, o, minutes) -> status.apply("Daily goal",
                () -> services.settings().change(s -> s.withDailyGoalMinutes(minutes))));
        Forms.row(grid, "Daily coding goal (minutes)", goal, "0 means no goal. You get a notification when you reach it.");

        List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zones.addFirst(Settings.SYSTEM_ZONE);
        ComboBox<String> zone = new ComboBox<>();
        zone.getItems().setAll(zones);
        zone.setId("time-zone");
        zone.setEditable(true);
        zone.setValue(initial.timeZone());
        zone.setOnAction(e -> status.applyInBackground("Time zone", () -> changed(s -> s.withTimeZone(zone.getValue()))));
        Forms.row(grid, "Time zone", zone, "Days split at midnight in this zone. Changing it recomputes your history.");
        return Forms.section(grid);
    }

    private String changed(java.util.function.UnaryOperator<Settings> edit) {
        services.settings().change(edit);
        return null;
    }
}
