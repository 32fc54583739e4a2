package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.stats.DurationText;
import dev.codehabit.agent.ui.chart.Durations;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Names with their time as proportional bars, largest first. Clicking a row filters the dashboard to it. A list
 * narrowed to a filter (a project's languages) carries its scope ("in codehabit") into the empty note and tooltips.
 */
public final class BreakdownList extends VBox {
    /**
     * @param selected the highlighted name (the filter's, when it is of this dimension), or null
     * @param scope    what the list is narrowed to, e.g. "in codehabit", or null for the whole period
     */
    public BreakdownList(Map<String, Double> seconds, int limit, Function<String, Color> colors,
                         String selected, String scope, Consumer<String> onSelect) {
        getStyleClass().add("breakdown");
        setSpacing(6);
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        double max = seconds.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (seconds.isEmpty()) {
            Label empty = new Label(scope == null ? "Nothing tracked in this period yet"
                    : "No time " + scope + " in this period");
            empty.getStyleClass().add("empty-note");
            getChildren().add(empty);
            return;
        }
        seconds.entrySet().stream().limit(limit).forEach(e -> getChildren().add(
                row(e.getKey(), e.getValue(), total, max, colors.apply(e.getKey()), e.getKey().equals(selected), scope,
                        onSelect)));
    }

    private static HBox row(String name, double seconds, double total, double max, Color color, boolean selected,
                            String scope, Consumer<String> onSelect) {
        Label label = new Label(name, new Circle(4, color));
        label.getStyleClass().add("breakdown-name");
        label.setMinWidth(140);
        label.setPrefWidth(160);
        Region bar = new Region();
        bar.getStyleClass().add("breakdown-bar");
        bar.setStyle("-fx-background-color: " + web(color) + ";");
        StackPane track = new StackPane(bar);
        track.getStyleClass().add("breakdown-track");
        track.setAlignment(Pos.CENTER_LEFT);
        bar.maxWidthProperty().bind(track.widthProperty().multiply(seconds / max));
        HBox.setHgrow(track, Priority.ALWAYS);
        Label value = new Label(DurationText.compact(seconds));
        value.getStyleClass().add("breakdown-value");
        value.setMinWidth(64);
        value.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(10, label, track, value);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("breakdown-row");
        if (selected) {
            row.getStyleClass().add("selected");
        }
        row.setId("row-" + name);
        Tooltip.install(row, new Tooltip(name + (scope == null ? "" : " " + scope) + ": " + Durations.precise(seconds)
                + String.format(" (%.0f%%)", total > 0 ? seconds / total * 100 : 0)
                + "\nClick to filter the dashboard to " + name));
        row.setOnMouseClicked(e -> onSelect.accept(name));
        return row;
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
