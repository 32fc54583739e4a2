package dev.codehabit.agent.ui.settings;

import javafx.scene.control.Label;

/** The line at the bottom of the settings window: "Saved." or why a change was refused. */
final class StatusLine {
    private final Label label;

    StatusLine(Label label) {
        this.label = label;
    }

    void saved(String what) {
        label.getStyleClass().remove("danger");
        label.setText(what + " — saved");
    }

    void failed(String what, Throwable e) {
        if (!label.getStyleClass().contains("danger")) {
            label.getStyleClass().add("danger");
        }
        label.setText(what + " not saved: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    /** Runs a change, reporting success or the reason it was refused; returns whether it worked. */
    boolean apply(String what, ThrowingRunnable change) {
        try {
            change.run();
            saved(what);
            return true;
        } catch (Exception e) {
            failed(what, e);
            return false;
        }
    }

    @FunctionalInterface
    interface ThrowingCallable<T> {
        T call() throws Exception;
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
