package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.desktop.DesktopServices;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.time.LocalDate;

/** Export (JSON, CSV) and deletion (one day, everything), each deletion confirmed first. */
final class DataSection {
    private final DesktopServices services;
    private final StatusLine status;

    DataSection(DesktopServices services, StatusLine status) {
        this.services = services;
        this.status = status;
    }

    Node build() {
        var grid = Forms.grid();
        Button json = new Button("Export JSON…");
        json.setId("export-json");
        json.setOnAction(e -> choose("codehabit-daily.json").ifPresent(f ->
                run("Export to " + f.getName(), () -> services.export().exportJson(f.toPath()))));
        Button csv = new Button("Export CSV…");
        csv.setId("export-csv");
        csv.setOnAction(e -> choose("codehabit-daily.csv").ifPresent(f ->
                run("Export to " + f.getName(), () -> services.export().exportCsv(f.toPath()))));
        Forms.row(grid, "Export", new HBox(8, json, csv), "One row per day: coding and web time, keystrokes, lines.");

        DatePicker day = new DatePicker(LocalDate.now(services.settings().get().zone()));
        day.setId("delete-day-date");
        Button deleteDay = new Button("Delete this day…");
        deleteDay.setId("delete-day");
        deleteDay.getStyleClass().add("danger");
        deleteDay.setOnAction(e -> {
            LocalDate d = day.getValue();
            if (d != null && confirm("Delete everything tracked on " + d + "?")) {
                run("Deleting " + d, () -> services.export().deleteDay(d));
            }
        });
        Forms.row(grid, "Delete a day", new HBox(8, day, deleteDay), null);

        Button deleteAll = new Button("Delete all data…");
        deleteAll.setId("delete-all");
        deleteAll.getStyleClass().add("danger");
        deleteAll.setOnAction(e -> {
            if (confirm("Delete all tracked history? This cannot be undone.")) {
                run("Deleting all data", () -> services.export().deleteAll());
            }
        });
        Forms.row(grid, "Delete everything", deleteAll, "Settings and pairings stay; all tracked activity goes.");
        return Forms.section(grid);
    }

    private java.util.Optional<File> choose(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        return java.util.Optional.ofNullable(chooser.showSaveDialog(null));
    }

    private static boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.CANCEL, ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle("CodeHabit");
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void run(String what, StatusLine.ThrowingCallable<Integer> work) {
        status.applyInBackground(what, () -> work.call() + " rows");
    }
}
