package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.desktop.DesktopServices;
import dev.codehabit.agent.ui.theme.ThemeController;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The settings window: one tab per concern. Every change applies at once and is saved by the settings store;
 * a refused value shows why in the status line and leaves the saved settings as they were.
 */
public final class SettingsWindow {
    public static final String TITLE = "CodeHabit — Settings";

    private final DesktopServices services;
    private final ThemeController theme;
    private final Executor background;
    private final String stylesheet;
    private final Runnable afterClose;
    private Stage stage;

    public SettingsWindow(DesktopServices services, ThemeController theme, Executor background, String stylesheet,
                          Runnable afterClose) {
        this.services = services;
        this.afterClose = afterClose;
        this.theme = theme;
        this.background = background;
        this.stylesheet = stylesheet;
    }

    public void showOrRaise() {
        if (stage == null) {
            stage = create();
        }
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private Stage create() {
        Label status = new Label();
        status.setId("settings-status");
        status.getStyleClass().add("settings-status");
        StatusLine line = new StatusLine(status, background);
        List<Runnable> subscriptions = new ArrayList<>();
        TabPane tabs = new TabPane(
                tab("General", new GeneralSection(services, theme, line, subscriptions::add).build()),
                tab("Tracking", new TrackingSection(services, line, subscriptions::add).build()),
                tab("Websites", new WebsitesSection(services.categories(), line).build()),
                tab("Focus", new FocusSection(services.focus(), line).build()),
                tab("Paired clients", new PairingSection(services.pairing(), line, subscriptions::add).build()),
                tab("Bridges", new BridgesSection(services.bridges(), line).build()),
                tab("Data", new DataSection(services, line).build()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("settings-tabs");
        BorderPane root = new BorderPane(tabs, null, null, status, null);
        root.getStyleClass().add("settings");
        Scene scene = new Scene(root, 720, 560);
        scene.getStylesheets().add(stylesheet);
        Stage s = new Stage();
        s.setTitle(TITLE);
        s.setScene(scene);
        // Ctrl+W (Cmd+W) closes it, as it does the dashboard.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), s::hide);
        // Closed means gone: the agent keeps no hidden window for days, and the next open shows what changed
        // meanwhile (through the API, the tray or a bridge) instead of the values it was built with.
        s.setOnHidden(e -> {
            subscriptions.forEach(Runnable::run);
            stage = null;
            afterClose.run();
        });
        return s;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return tab;
    }
}
