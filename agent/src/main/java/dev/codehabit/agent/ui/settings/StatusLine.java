package dev.codehabit.agent.ui.settings;

import javafx.application.Platform;
import javafx.scene.control.Label;

import java.util.concurrent.Executor;

/** The line at the bottom of the settings window: "Saved." or why a change was refused. */
final class StatusLine {
    private final Label label;
    private final Executor background;

    StatusLine(Label label, Executor background) {
        this.label = label;
        this.background = background;
    }

    void saved(String what) {
        label.getStyleClass().remove("danger");
        label.setText(what + " — saved");
    }

    /** A message that is not about a saved change ("Copied …"); {@code problem} shows it as an error. */
    void say(String message, boolean problem) {
        label.getStyleClass().remove("danger");
        if (problem) {
            label.getStyleClass().add("danger");
        }
        label.setText(message);
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

    /**
     * Runs slow work off the FX thread (a change that recomputes the history, an export) and reports back on it;
     * what the work returns, if anything, is added to the message.
     */
    void applyInBackground(String what, ThrowingCallable<String> work) {
        label.getStyleClass().remove("danger");
        label.setText(what + " …");
        background.execute(() -> {
            try {
                String detail = work.call();
                Platform.runLater(() -> saved(detail == null ? what : what + " (" + detail + ")"));
            } catch (Exception e) {
                Platform.runLater(() -> failed(what, e));
            }
        });
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
