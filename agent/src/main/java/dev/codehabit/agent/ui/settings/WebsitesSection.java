package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.desktop.SiteCategories;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Website categories and productivity levels: a searchable table with an add/edit row. */
final class WebsitesSection {
    static final List<String> LEVELS = List.of("very_productive", "productive", "neutral", "distracting", "very_distracting");

    private final Optional<SiteCategories> categories;
    private final StatusLine status;

    WebsitesSection(Optional<SiteCategories> categories, StatusLine status) {
        this.categories = categories;
        this.status = status;
    }

    Node build() {
        if (categories.isEmpty()) {
            return Forms.notYet("Website categories arrive with the browser bridge. Once it is installed, every site "
                    + "you visit can be given a category and a productivity level here.");
        }
        SiteCategories cats = categories.get();
        var rows = FXCollections.observableArrayList(cats.rules());
        FilteredList<SiteCategories.Rule> shown = new FilteredList<>(rows);
        TextField search = new TextField();
        search.setPromptText("Search sites or categories");
        search.setId("site-search");
        search.textProperty().addListener((obs, o, q) -> {
            String needle = q.toLowerCase(Locale.ROOT).strip();
            shown.setPredicate(r -> needle.isEmpty() || r.domain().contains(needle)
                    || r.category().toLowerCase(Locale.ROOT).contains(needle));
        });
        TableView<SiteCategories.Rule> table = new TableView<>(shown);
        table.setId("site-table");
        table.getColumns().add(column("Site", SiteCategories.Rule::domain));
        table.getColumns().add(column("Category", SiteCategories.Rule::category));
        table.getColumns().add(column("Productivity", r -> r.productivity().replace('_', ' ')));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField domain = new TextField();
        domain.setPromptText("example.com");
        TextField category = new TextField();
        category.setPromptText("Category");
        ComboBox<String> level = new ComboBox<>(FXCollections.observableArrayList(LEVELS));
        level.setValue("neutral");
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, r) -> {
            if (r != null) {
                domain.setText(r.domain());
                category.setText(r.category());
                level.setValue(r.productivity());
            }
        });
        Button save = new Button("Save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            var rule = new SiteCategories.Rule(domain.getText().strip().toLowerCase(Locale.ROOT), category.getText().strip(),
                    level.getValue());
            if (status.apply("Category of " + rule.domain(), () -> cats.save(rule))) {
                rows.setAll(cats.rules());
            }
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            var r = table.getSelectionModel().getSelectedItem();
            if (r != null && status.apply("Removing " + r.domain(), () -> cats.remove(r.domain()))) {
                rows.setAll(cats.rules());
            }
        });
        HBox.setHgrow(domain, Priority.ALWAYS);
        HBox edit = new HBox(8, domain, category, level, save, remove);
        javafx.scene.control.Label hint = new javafx.scene.control.Label("Your rules; built-in categories cover every other "
                + "site. A productivity level belongs to the category: changing it re-rates every site in it, history included.");
        hint.setWrapText(true);
        hint.getStyleClass().add("settings-hint");
        domain.setId("site-domain");
        category.setId("site-category");
        level.setId("site-level");
        save.setId("site-save");
        return Forms.section(hint, search, table, edit);
    }

    private static TableColumn<SiteCategories.Rule, String> column(String title,
                                                                  java.util.function.Function<SiteCategories.Rule, String> value) {
        TableColumn<SiteCategories.Rule, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
