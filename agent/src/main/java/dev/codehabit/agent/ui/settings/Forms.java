package dev.codehabit.agent.ui.settings;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Two-column forms (label, control, optional hint under the control) the sections share. */
final class Forms {
    private Forms() {}

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(170);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, controls);
        return grid;
    }

    static void row(GridPane grid, String label, Node control, String hint) {
        int row = grid.getRowCount();
        Label l = new Label(label);
        // A label never gives way: the wrapping hints beside it would otherwise squeeze it into "Keystroke ti…".
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (hint == null) {
            grid.addRow(row, l, control);
            return;
        }
        Label h = new Label(hint);
        h.getStyleClass().add("settings-hint");
        h.setWrapText(true);
        grid.addRow(row, l, new VBox(4, control, h));
    }

    static VBox section(Node... nodes) {
        VBox box = new VBox(nodes);
        box.getStyleClass().add("settings-section");
        return box;
    }

    /** Shown where a feature of another part of CodeHabit is not wired into this build yet. */
    static VBox notYet(String what) {
        Label l = new Label(what);
        l.setWrapText(true);
        l.getStyleClass().add("empty-note");
        l.setId("not-available");
        return section(l);
    }
}
