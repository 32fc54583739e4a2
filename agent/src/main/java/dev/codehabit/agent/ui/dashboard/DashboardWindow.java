package dev.codehabit.agent.ui.dashboard;

import dev.codehabit.agent.dashboard.DashboardFilter;
import dev.codehabit.agent.stats.Period;
import dev.codehabit.agent.ui.theme.Palette;
import dev.codehabit.agent.ui.theme.ThemeController;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dashboard window: a sidebar of pages, a header with the filter and status, and the page. Data loads on a
 * background executor with a spinner over the old content; a newer request makes an older result be dropped.
 */
public final class DashboardWindow {
    public static final String TITLE = "CodeHabit — Dashboard";

    private final DashboardLoader loader;
    private final Executor background;
    private final ThemeController theme;
    private final Runnable openSettings;
    private final Map<DashboardPage, PageView> views = new EnumMap<>(DashboardPage.class);
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<DashboardModel> shown = new ReadOnlyObjectWrapper<>();
    private final StringProperty statusNotice;
    /**
     * The nodes of the current window. A closed window's are dropped as a whole: a pane keeps the children it
     * lost until the next frame and a scene its dirty nodes, and a hidden window has no next frame, so any node
     * kept from it would hold the last page (and its canvases' pixels) for as long as the agent runs.
     */
    private Parts parts;
    private final PauseTransition liveDebounce = new PauseTransition(Duration.millis(750));
    /** Told when the window has closed, to give back what JavaFX and the heap keep of it. */
    private final Runnable afterClose;
    private Stage stage;
    private DashboardPage page = DashboardPage.TODAY;
    private DashboardFilter filter = DashboardFilter.NONE;
    /** The period of the pages that let the user pick one ({@link DashboardPage#periodChoice()}). */
    private Period period = Period.MONTH;

    public DashboardWindow(DashboardLoader loader, Executor background, ThemeController theme, Runnable openSettings,
                           StringProperty statusNotice, Runnable afterClose) {
        this.loader = loader;
        this.afterClose = afterClose;
        this.background = background;
        this.theme = theme;
        this.openSettings = openSettings;
        views.put(DashboardPage.TODAY, new TodayView());
        for (DashboardPage p : new DashboardPage[] {DashboardPage.WEEK, DashboardPage.MONTH, DashboardPage.YEAR}) {
            views.put(p, new PeriodView());
        }
        views.put(DashboardPage.PROJECTS, new BreakdownView("project", "Projects"));
        views.put(DashboardPage.LANGUAGES, new BreakdownView("language", "Languages"));
        views.put(DashboardPage.WEBSITES, new BreakdownView("domain", "Websites"));
        views.put(DashboardPage.FOCUS, new FocusView());
        this.statusNotice = statusNotice;
        this.parts = new Parts(statusNotice);
        liveDebounce.setOnFinished(e -> reload());
        theme.darkProperty().addListener((obs, o, n) -> rerender());
    }

    /**
     * Builds the window and applies its CSS without showing it, so the first open only has to map it and load
     * the page. Called once the tray is up.
     */
    public void prepare() {
        if (stage == null) {
            stage = createStage();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        }
    }

    /** Opens the window, or brings it to the front if it is already open. */
    public void showOrRaise() {
        if (stage == null) {
            stage = createStage();
        }
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
        reload();
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }

    /** New data arrived: reload the shown page soon (bursts of heartbeats cause one reload). */
    public void dataChanged() {
        if (isShowing()) {
            liveDebounce.playFromStart();
        }
    }

    public void select(DashboardPage next) {
        page = next;
        reload();
    }

    public void setPeriod(Period next) {
        period = next;
        reload();
    }

    public void setFilter(DashboardFilter next) {
        filter = next;
        reload();
    }

    public ReadOnlyObjectProperty<DashboardModel> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Loads the current page in the background; returns when the page is on screen (for callers that wait). */
    public CompletableFuture<DashboardModel> reload() {
        if (!isShowing()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the dashboard is closed"));
        }
        long ticket = generation.incrementAndGet();
        DashboardPage p = page;
        DashboardFilter f = filter;
        int days = p.periodChoice() ? period.days() : p.days();
        parts.spinner.setVisible(true);
        CompletableFuture<DashboardModel> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> loader.load(p, days, f), background).whenComplete((model, error) ->
                Platform.runLater(() -> {
                    if (ticket != generation.get()) {
                        done.cancel(false);
                        return; // a newer request is on its way
                    }
                    parts.spinner.setVisible(false);
                    if (error != null) {
                        Label failed = new Label("Could not load the dashboard: " + rootMessage(error));
                        failed.getStyleClass().add("error-note");
                        parts.content.getChildren().setAll(failed);
                        done.completeExceptionally(error);
                        return;
                    }
                    render(model);
                    done.complete(model);
                }));
        return done;
    }

    /** Shows an already loaded model at once (benchmarks measure building and painting with it). */
    public void showModel(DashboardModel model) {
        page = model.page();
        filter = model.filter();
        render(model);
    }

    /**
     * A closed dashboard keeps no page in memory: the agent lives in the tray for days, the page is rebuilt in
     * milliseconds when the window opens again.
     */
    private void release() {
        generation.incrementAndGet(); // drop any load still on its way
        liveDebounce.stop(); // and a live reload about to start one
        shown.set(null);
        stage = null; // its native window and pixel buffers go with it; the next open builds a new one
        parts = new Parts(statusNotice); // and every node of it (see parts)
        afterClose.run();
    }

    private void rerender() {
        if (shown.get() != null && isShowing()) {
            render(shown.get());
        }
    }

    private void render(DashboardModel model) {
        parts.pageTitle.setText(model.page().title());
        parts.periods.setVisible(model.page().periodChoice());
        parts.periods.setManaged(model.page().periodChoice());
        renderFilterChip(model.filter());
        ViewContext ctx = new ViewContext(Palette.of(theme.isDark()), this::setFilter, model.year().total());
        Node body = views.get(model.page()).build(model, ctx);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        parts.content.getChildren().setAll(scroll, parts.spinner);
        shown.set(model);
    }

    private void renderFilterChip(DashboardFilter f) {
        parts.filterChip.getChildren().clear();
        parts.filterChip.setVisible(!f.isNone());
        parts.filterChip.setManaged(!f.isNone());
        if (f.isNone()) {
            return;
        }
        Label what = new Label(f.dimension() + ": " + f.name());
        Button clear = new Button("✕");
        clear.setId("clear-filter");
        clear.getStyleClass().addAll("flat", "small");
        clear.setOnAction(e -> setFilter(DashboardFilter.NONE));
        parts.filterChip.getChildren().addAll(what, clear);
    }

    private Stage createStage() {
        Stage s = new Stage();
        s.setTitle(TITLE);
        parts = new Parts(statusNotice);
        VBox sidebar = sidebar();
        VBox main = new VBox(header(), parts.content);
        VBox.setVgrow(parts.content, Priority.ALWAYS);
        BorderPane root = new BorderPane(main, null, null, null, sidebar);
        root.getStyleClass().add("dashboard");
        Scene scene = new Scene(root, 1180, 820);
        scene.getStylesheets().add(ThemeController.STYLESHEET);
        // Ctrl+W (Cmd+W) closes the window like the title bar's button; the agent stays in the tray.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), s::hide);
        s.setScene(scene);
        s.setMinWidth(860);
        s.setMinHeight(560);
        s.setOnHidden(e -> release());
        return s;
    }

    private HBox header() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Bound, not listened to: a binding holds the theme weakly, so a closed window's button does not stay.
        Button dark = new Button();
        dark.setId("theme-toggle");
        dark.getStyleClass().add("flat");
        dark.textProperty().bind(Bindings.when(theme.darkProperty()).then("☀").otherwise("☾"));
        dark.setOnAction(e -> theme.toggle());
        Button settings = new Button("Settings");
        settings.setId("open-settings");
        settings.getStyleClass().add("flat");
        settings.setOnAction(e -> openSettings.run());
        ToggleGroup periods = new ToggleGroup();
        List<Period> choices = List.of(Period.WEEK, Period.MONTH, Period.YEAR);
        for (Period p : choices) {
            ToggleButton b = new ToggleButton(p.days() + " days");
            b.setId("period-" + p.days());
            // one segmented control: AtlantaFX's pill classes join the buttons' edges
            b.getStyleClass().add(p == choices.getFirst() ? atlantafx.base.theme.Styles.LEFT_PILL
                    : p == choices.getLast() ? atlantafx.base.theme.Styles.RIGHT_PILL : atlantafx.base.theme.Styles.CENTER_PILL);
            b.setToggleGroup(periods);
            b.setSelected(p == period);
            b.setOnAction(e -> {
                b.setSelected(true);
                setPeriod(p);
            });
            parts.periods.getChildren().add(b);
        }
        HBox header = new HBox(12, parts.pageTitle, parts.periods, parts.filterChip, spacer, parts.notice, dark, settings);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    private VBox sidebar() {
        Label brand = new Label("CodeHabit");
        brand.getStyleClass().add("brand");
        VBox box = new VBox(2, brand);
        box.getStyleClass().add("sidebar");
        ToggleGroup group = new ToggleGroup();
        for (DashboardPage p : DashboardPage.values()) {
            if (p == DashboardPage.PROJECTS) {
                Label section = new Label("BREAKDOWN");
                section.getStyleClass().add("sidebar-section");
                box.getChildren().add(section);
            }
            ToggleButton b = new ToggleButton(p.title());
            b.setId("nav-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add("nav");
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(p == page);
            b.setOnAction(e -> {
                b.setSelected(true);
                select(p);
            });
            box.getChildren().add(b);
        }
        return box;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** One window's header labels, page area and spinner. */
    private static final class Parts {
        final StackPane content = new StackPane();
        final ProgressIndicator spinner = new ProgressIndicator();
        final Label pageTitle = new Label();
        final HBox filterChip = new HBox(6);
        final HBox periods = new HBox(0);
        final Label notice = new Label();

        Parts(StringProperty statusNotice) {
            spinner.setMaxSize(48, 48);
            spinner.setVisible(false);
            StackPane.setAlignment(spinner, Pos.CENTER);
            content.getChildren().add(spinner);
            pageTitle.getStyleClass().add("page-title");
            filterChip.getStyleClass().add("filter-chip");
            filterChip.setAlignment(Pos.CENTER_LEFT);
            periods.setId("period-choice");
            periods.getStyleClass().add("period-choice");
            periods.setAlignment(Pos.CENTER_LEFT);
            notice.getStyleClass().add("status-notice");
            notice.textProperty().bind(statusNotice);
            notice.visibleProperty().bind(statusNotice.isNotEmpty());
            notice.managedProperty().bind(notice.visibleProperty());
        }
    }
}
