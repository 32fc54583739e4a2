package dev.codehabit.agent.ui.dashboard;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One headline figure: a caption, the value, and a muted line under it (trend, context). */
public final class KpiTile extends VBox {
    public KpiTile(String caption, String value, String note) {
        getStyleClass().add("kpi");
        Label c = new Label(caption);
        c.getStyleClass().add("kpi-caption");
        Label v = new Label(value);
        v.getStyleClass().add("kpi-value");
        v.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(c, v);
        if (note != null && !note.isBlank()) {
            Label n = new Label(note);
            n.getStyleClass().add("kpi-note");
            if (note.startsWith("+")) {
                n.getStyleClass().add("up");
            } else if (note.startsWith("−")) {
                n.getStyleClass().add("down");
            }
            getChildren().add(n);
        }
        setId("kpi-" + caption.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
    }
}
