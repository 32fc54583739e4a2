package dev.codehabit.agent.ui.chart;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** A row of coloured swatches with names, under or above a chart. */
public final class LegendBar extends HBox {
    public record Entry(String name, Color color) {}

    public LegendBar() {
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("legend");
    }

    public void setEntries(java.util.List<Entry> entries) {
        getChildren().clear();
        for (Entry e : entries) {
            Rectangle swatch = new Rectangle(10, 10, e.color());
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            Label label = new Label(e.name(), swatch);
            label.getStyleClass().add("legend-item");
            getChildren().add(label);
        }
    }
}
