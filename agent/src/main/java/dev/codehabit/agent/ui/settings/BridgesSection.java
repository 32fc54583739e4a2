package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.bridges.Bridge;
import dev.codehabit.agent.bridges.BridgeSetup;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The bundled browser and VS Code extensions: how to install each, and whether each was heard from lately. */
final class BridgesSection {
    private final BridgeSetup bridges;
    private final StatusLine status;

    BridgesSection(BridgeSetup bridges, StatusLine status) {
        this.bridges = bridges;
        this.status = status;
    }

    Node build() {
        return Forms.section(browser(), vscode());
    }

    private VBox browser() {
        BridgeSetup.Status s = bridges.status(Bridge.BROWSER);
        Button open = button("Open folder", "bridge-browser-open", () -> {
            try {
                bridges.openFolder(s.location());
                status.say("Opened " + s.location() + " in the file manager", false);
            } catch (java.io.IOException e) {
                status.say("Cannot open the file manager: " + e.getMessage(), true);
            }
        });
        Button copy = button("Copy folder path", "bridge-browser-copy", () -> copy(s.location().toString()));
        return block(s, "In Chrome, Chromium, Edge or Brave: open chrome://extensions, switch on Developer mode, "
                + "choose Load unpacked and pick this folder. The extension then asks to pair; approve it under "
                + "Paired clients.", new FlowPane(8, 8, open, copy));
    }

    private VBox vscode() {
        BridgeSetup.Status s = bridges.status(Bridge.VSCODE);
        String command = bridges.installCommand("code");
        Button copy = button("Copy install command", "bridge-vscode-copy", () -> copy(command));
        FlowPane actions = new FlowPane(8, 8, copy);
        for (BridgeSetup.Editor editor : bridges.editors()) {
            actions.getChildren().add(button("Install in " + editor.name(),
                    "bridge-install-" + editor.name().toLowerCase(Locale.ROOT).replace(' ', '-'),
                    () -> status.applyInBackground("Installing into " + editor.name(), () -> bridges.install(editor))));
        }
        String editors = bridges.editors().isEmpty()
                ? "No VS Code, VSCodium or code-server on the PATH: run the command in the editor's terminal."
                : "Or install it into an editor found on this machine:";
        Label cmd = new Label(command);
        cmd.setId("bridge-vscode-command");
        cmd.getStyleClass().add("settings-command");
        cmd.setWrapText(true);
        return block(s, "In VS Code, VSCodium or code-server: run this command, or choose Extensions → … → "
                + "Install from VSIX and pick the file. " + editors, cmd, actions);
    }

    private VBox block(BridgeSetup.Status s, String how, Node... rest) {
        Label title = new Label(s.bridge().title() + s.version().map(v -> " " + v).orElse(" (not bundled with this copy)"));
        title.getStyleClass().add("card-title");
        Label seen = new Label(bridges.seenSummary(s));
        seen.setId("bridge-" + s.bridge().name().toLowerCase(Locale.ROOT) + "-seen");
        seen.getStyleClass().add(s.seen().isPresent() ? "bridge-seen" : "settings-hint");
        Label where = new Label(s.location().toString());
        where.getStyleClass().add("settings-hint");
        where.setWrapText(true);
        Label steps = new Label(how);
        steps.setWrapText(true);
        VBox box = new VBox(6, title, seen, where, steps);
        box.getChildren().addAll(rest);
        box.getStyleClass().add("card");
        return box;
    }

    private void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        status.say("Copied " + text, false);
    }

    private static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
