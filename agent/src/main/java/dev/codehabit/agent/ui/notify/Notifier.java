package dev.codehabit.agent.ui.notify;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;

/**
 * Desktop notifications drawn by the agent itself: a small always-on-top card in the screen's bottom-right corner.
 * Own cards rather than the OS's notification daemon because pairing needs Approve/Deny buttons that work the
 * same on every desktop (libnotify actions are missing on several). Plain notices hide after a few seconds;
 * ones with actions stay until answered.
 */
public final class Notifier {
    public record Choice(String label, Runnable action, boolean primary) {}

    private final String stylesheet;
    private final Runnable afterClose;
    private final List<Stage> open = new ArrayList<>();

    public Notifier(String stylesheet, Runnable afterClose) {
        this.stylesheet = stylesheet;
        this.afterClose = afterClose;
    }

    /** Must be called on the FX thread. */
    public Stage show(String title, String body, List<Choice> choices) {
        Stage stage = new Stage(StageStyle.TRANSPARENT);
        stage.setAlwaysOnTop(true);
        stage.setTitle("CodeHabit notification");
        Label heading = new Label(title);
        heading.getStyleClass().add("toast-title");
        Label text = new Label(body);
        text.setWrapText(true);
        text.setMaxWidth(320);
        VBox card = new VBox(heading, text);
        card.getStyleClass().add("toast");
        if (!choices.isEmpty()) {
            HBox row = new HBox(8);
            row.setAlignment(Pos.CENTER_RIGHT);
            for (Choice c : choices) {
                Button b = new Button(c.label());
                b.setId("toast-" + c.label().toLowerCase(java.util.Locale.ROOT));
                if (c.primary()) {
                    b.getStyleClass().add("accent");
                }
                b.setOnAction(e -> {
                    close(stage);
                    c.action().run();
                });
                row.getChildren().add(b);
            }
            card.getChildren().add(row);
        } else {
            card.setOnMouseClicked(e -> close(stage));
            PauseTransition hide = new PauseTransition(Duration.seconds(8));
            hide.setOnFinished(e -> close(stage));
            hide.play();
        }
        Scene scene = new Scene(new VBox(card), Color.TRANSPARENT);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double y = screen.getMaxY() - 16;
        open.add(stage);
        for (int i = open.size() - 1; i >= 0; i--) {
            Stage s = open.get(i);
            y -= s.getHeight() + 8;
            s.setX(screen.getMaxX() - s.getWidth() - 16);
            s.setY(y);
        }
        return stage;
    }

    /** Once per card: a clicked card's auto-hide still fires. */
    private void close(Stage stage) {
        if (open.remove(stage)) {
            stage.close();
            afterClose.run();
        }
    }
}
