package dev.codehabit.agent.ui.tray;

import dev.codehabit.agent.dashboard.DashboardQueries;
import dev.codehabit.agent.dashboard.ProductivityFigures;
import dev.codehabit.agent.desktop.TrackingControl;
import dev.codehabit.agent.platform.tray.TrayIcon;
import dev.codehabit.agent.platform.tray.TrayMenu;
import dev.codehabit.agent.platform.tray.TraySelector;
import dev.codehabit.agent.store.StorageHealth;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the tray icon and its menu current: today's time and score (read in the background), the pause/focus
 * state and any agent error. Falls back to the trayless window when no tray provider works.
 */
public final class TrayController {
    private static final System.Logger LOG = System.getLogger(TrayController.class.getName());

    private final TraySelector selector;
    private final TrayMenuFactory menus;
    private final DashboardQueries queries;
    private final TrackingControl tracking;
    private final Executor background;
    private final Clock clock;
    private final AtomicReference<TrayMenuFactory.Today> today =
            new AtomicReference<>(new TrayMenuFactory.Today(0, OptionalInt.empty()));
    private final AtomicReference<String> error = new AtomicReference<>();
    private final AtomicReference<String> storage = new AtomicReference<>();
    private TrayIcon icon;
    private String provider = "none";

    public TrayController(TraySelector selector, TrayMenuFactory menus, DashboardQueries queries,
                          TrackingControl tracking, Executor background, Clock clock) {
        this.selector = selector;
        this.menus = menus;
        this.queries = queries;
        this.tracking = tracking;
        this.background = background;
        this.clock = clock;
        tracking.onChange(s -> publish());
    }

    /** Shows the icon; false when there is no tray at all (the caller shows the fallback window). */
    public boolean show() {
        // Up at once with an empty "today"; the figures follow from a background read (no database on the FX thread).
        Optional<TraySelector.Shown> shown = selector.show(currentMenu());
        shown.ifPresent(s -> {
            icon = s.icon();
            provider = s.provider();
        });
        LOG.log(System.Logger.Level.INFO, "Tray: " + provider);
        refresh();
        return shown.isPresent();
    }

    public String provider() {
        return provider;
    }

    /** Re-reads today's figures in the background, then refreshes the menu. */
    public void refresh() {
        background.execute(() -> {
            readToday();
            publish();
        });
    }

    public TrayMenu currentMenu() {
        String problem = storage.get() != null ? storage.get() : error.get();
        return menus.build(today.get(), tracking.state(), clock.instant(), problem);
    }

    /** The core's word on the database: what keeps writes from working, or empty once they work again. */
    public void storageProblem(Optional<StorageHealth.Problem> problem) {
        storage.set(problem.map(p -> switch (p.kind()) {
            case DISK_FULL -> DISK_FULL;
            case DAMAGED -> DAMAGED;
        }).orElse(null));
        publish();
    }

    public static final String DISK_FULL = "Disk full: new activity cannot be saved until space is freed";
    public static final String DAMAGED = "The database is damaged: nothing new is saved (see the log)";

    public void close() {
        if (icon != null) {
            icon.close();
        }
    }

    private void readToday() {
        try {
            var totals = queries.stats(queries.today(), queries.today()).total();
            OptionalInt score = ProductivityFigures.of(totals, queries.categories()).map(p -> OptionalInt.of(p.score())).orElse(OptionalInt.empty());
            today.set(new TrayMenuFactory.Today(totals.codingSeconds(), score));
            error.compareAndSet("Cannot read today's figures", null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Tray could not read today's figures", e);
            error.set("Cannot read today's figures");
        }
    }

    private void publish() {
        if (icon != null) {
            icon.update(currentMenu());
        }
    }
}
