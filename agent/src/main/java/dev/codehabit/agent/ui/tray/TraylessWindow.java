package dev.codehabit.agent.ui.tray;

import dev.codehabit.agent.platform.tray.TrayMenu;
import dev.codehabit.agent.platform.tray.TrayMenuItem;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.function.Supplier;

/**
 * Where no tray exists (GNOME without the AppIndicator extension, a bare X server): a small window with the
 * same menu, so the agent never runs invisibly. Closing it only iconifies; Quit is in the menu.
 */
public final class TraylessWindow {
    private static final double WIDTH = 380;
    private final Stage stage = new Stage();
    private final Label status = new Label();
    private final FlowPane buttons = new FlowPane(8, 8);
    private final Supplier<TrayMenu> menu;

    public TraylessWindow(Supplier<TrayMenu> menu, String stylesheet) {
        this.menu = menu;
        Label title = new Label("CodeHabit is running");
        title.getStyleClass().add("title-4");
        Label why = new Label("This desktop has no system tray, so CodeHabit keeps this small window instead.");
        why.setWrapText(true);
        why.getStyleClass().add("settings-hint");
        VBox root = new VBox(10, title, status, buttons, why);
        root.getStyleClass().add("fallback");
        root.setAlignment(Pos.TOP_LEFT);
        // As tall as its content: the buttons wrap into more rows than a fixed height allowed (Quit was cut off),
        // and a warning line (a full disk) must not be cut off either.
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setPrefWidth(WIDTH);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle("CodeHabit");
        stage.setOnCloseRequest(e -> {
            e.consume();
            stage.setIconified(true);
        });
    }

    public void show() {
        refresh();
        stage.show();
    }

    /** Call on the FX thread when the menu model changed. */
    public void refresh() {
        TrayMenu m = menu.get();
        buttons.getChildren().clear();
        StringBuilder info = new StringBuilder();
        for (TrayMenuItem item : m.items()) {
            switch (item) {
                case TrayMenuItem.Info i -> info.append(info.isEmpty() ? "" : "\n").append(i.label());
                case TrayMenuItem.Action a -> {
                    Button b = new Button(a.label());
                    b.setOnAction(e -> a.onSelect().run());
                    buttons.getChildren().add(b);
                }
                case TrayMenuItem.Submenu s -> {
                    MenuButton mb = new MenuButton(s.label());
                    for (TrayMenuItem sub : s.items()) {
                        if (sub instanceof TrayMenuItem.Action a) {
                            MenuItem mi = new MenuItem(a.label());
                            mi.setOnAction(e -> a.onSelect().run());
                            mb.getItems().add(mi);
                        }
                    }
                    buttons.getChildren().add(mb);
                }
                case TrayMenuItem.Separator ignored -> { }
            }
        }
        status.setText(info.toString());
        stage.sizeToScene();
    }
}
