package dev.codehabit.agent.ui.dashboard;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/** Layout helpers the pages share: a wrapping row of tiles, equal-width columns. */
final class Layouts {
    private Layouts() {}

    static FlowPane tiles(List<Node> tiles) {
        FlowPane pane = new FlowPane(12, 12);
        pane.getStyleClass().add("kpi-row");
        pane.getChildren().addAll(tiles);
        return pane;
    }

    static HBox columns(Node... nodes) {
        HBox row = new HBox(16);
        for (Node n : nodes) {
            HBox.setHgrow(n, Priority.ALWAYS);
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMaxWidth(Double.MAX_VALUE);
                r.setPrefWidth(10); // equal shares: grow from the same small base
            }
            row.getChildren().add(n);
        }
        return row;
    }

    static VBox page(Node... nodes) {
        VBox box = new VBox(16, nodes);
        box.getStyleClass().add("page");
        return box;
    }
}
