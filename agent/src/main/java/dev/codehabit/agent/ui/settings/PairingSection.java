package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.desktop.PairingRequests;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.function.Consumer;

/** Bridges that asked to pair (approve or deny) and those paired (revoke). */
final class PairingSection {
    private final Optional<PairingRequests> pairing;
    private final StatusLine status;
    private final Consumer<Runnable> untilClosed;
    /** What a newcomer needs to get here from an empty list (the README's "Connect your browser and editor"). */
    static final String HOW_TO_PAIR = "To connect your browser: build the extension (./codehabit build-bridges), "
            + "load browser-bridge/dist/unpacked at chrome://extensions (Developer mode, Load unpacked), then press "
            + "Pair in its popup: the request shows up here and as a notification. VS Code needs no pairing: install "
            + "ide-bridge/dist/codehabit.vsix (code --install-extension) and it finds this agent by itself.";
    private final VBox list = new VBox(8);

    /** @param untilClosed takes what cancels a subscription, run when the window closes */
    PairingSection(Optional<PairingRequests> pairing, StatusLine status, Consumer<Runnable> untilClosed) {
        this.untilClosed = untilClosed;
        this.pairing = pairing;
        this.status = status;
    }

    Node build() {
        if (pairing.isEmpty()) {
            return Forms.notYet("Pairing arrives with the browser bridge: a bridge asks to pair, you approve it here "
                    + "or in the notification, and can revoke it at any time.");
        }
        list.setId("pairing-list");
        untilClosed.accept(pairing.get().onRequest(c -> javafx.application.Platform.runLater(this::refresh)));
        refresh();
        return Forms.section(list);
    }

    private void refresh() {
        PairingRequests p = pairing.get();
        list.getChildren().clear();
        for (var c : p.pending()) {
            list.getChildren().add(row(c, "waiting for approval",
                    button("Approve", true, () -> status.apply("Approving " + c.name(), () -> p.approve(c.id()))),
                    button("Deny", false, () -> status.apply("Denying " + c.name(), () -> p.deny(c.id())))));
        }
        for (var c : p.paired()) {
            list.getChildren().add(row(c, "paired",
                    button("Revoke", false, () -> status.apply("Revoking " + c.name(), () -> p.revoke(c.id())))));
        }
        if (list.getChildren().isEmpty()) {
            Label none = new Label("No paired clients yet.");
            none.getStyleClass().add("empty-note");
            Label how = new Label(HOW_TO_PAIR);
            how.setId("pairing-how");
            how.setWrapText(true);
            how.getStyleClass().add("settings-hint");
            list.getChildren().addAll(none, how);
        }
    }

    private Button button(String label, boolean primary, Runnable action) {
        Button b = new Button(label);
        b.setId("pairing-" + label.toLowerCase(java.util.Locale.ROOT));
        if (primary) {
            b.getStyleClass().add("accent");
        }
        b.setOnAction(e -> {
            action.run();
            refresh();
        });
        return b;
    }

    private static HBox row(PairingRequests.Client c, String state, Button... buttons) {
        Label name = new Label(c.name() + " (" + c.kind() + ")");
        Label st = new Label(state);
        st.getStyleClass().add("settings-hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, new VBox(2, name, st), spacer);
        row.getChildren().addAll(buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
