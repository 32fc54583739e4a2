package dev.codehabit.agent.ui.dashboard;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A titled panel on the dashboard; the optional header node sits on the right (a legend, a hint). */
public final class Card extends VBox {
    public Card(String title, Node content) {
        this(title, null, content);
    }

    public Card(String title, Node header, Node content) {
        getStyleClass().add("card");
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        HBox top = new HBox(heading);
        top.getStyleClass().add("card-header");
        if (header != null) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            top.getChildren().addAll(spacer, header);
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(top, content);
    }
}
