package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.desktop.DesktopServices;
import dev.codehabit.agent.ui.theme.ThemeController;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;

import java.util.Locale;
import java.util.function.Consumer;

/** Theme and start at login. */
final class GeneralSection {
    private final DesktopServices services;
    private final ThemeController theme;
    private final Consumer<Runnable> subscriptions;
    private final StatusLine status;

    GeneralSection(DesktopServices services, ThemeController theme, StatusLine status, Consumer<Runnable> subscriptions) {
        this.services = services;
        this.theme = theme;
        this.status = status;
        this.subscriptions = subscriptions;
    }

    Node build() {
        var grid = Forms.grid();
        ChoiceBox<String> themes = new ChoiceBox<>();
        themes.setId("theme-choice");
        themes.getItems().addAll("System", "Light", "Dark");
        themes.setValue(capitalize(theme.choiceProperty().get()));
        themes.setOnAction(e -> {
            String value = themes.getValue().toLowerCase(Locale.ROOT);
            if (!value.equals(theme.choiceProperty().get())) {
                status.apply("Theme", () -> theme.choose(value));
            }
        });
        // the dashboard's header toggle changes it too, while this window is open
        ChangeListener<String> shown = (obs, old, choice) -> themes.setValue(capitalize(choice));
        theme.choiceProperty().addListener(shown);
        subscriptions.accept(() -> theme.choiceProperty().removeListener(shown));
        Forms.row(grid, "Theme", themes, "System follows your desktop's light or dark preference.");

        CheckBox login = new CheckBox("Start CodeHabit when I log in");
        login.setId("start-at-login");
        login.setSelected(services.autostart().isEnabled());
        login.setOnAction(e -> {
            boolean want = login.isSelected();
            if (!status.apply("Start at login", () -> services.autostart().setEnabled(want))) {
                login.setSelected(!want);
            }
        });
        Forms.row(grid, "Start at login", login, services.autostart().describe());
        return Forms.section(grid);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? "System" : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
