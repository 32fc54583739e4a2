package dev.codehabit.agent.ui;

import dev.codehabit.agent.stats.DurationText;
import dev.codehabit.agent.desktop.DesktopServices;
import dev.codehabit.agent.desktop.PairingRequests;
import dev.codehabit.agent.goals.DailyGoal;
import dev.codehabit.agent.idle.HookStatus;
import dev.codehabit.agent.platform.CairoShmPool;
import dev.codehabit.agent.platform.tray.AppIndicatorProvider;
import dev.codehabit.agent.platform.tray.AwtTrayProvider;
import dev.codehabit.agent.platform.tray.TrayProvider;
import dev.codehabit.agent.platform.tray.TraySelector;
import dev.codehabit.agent.ui.dashboard.DashboardLoader;
import dev.codehabit.agent.ui.dashboard.DashboardWindow;
import dev.codehabit.agent.ui.notify.Notifier;
import dev.codehabit.agent.ui.settings.SettingsWindow;
import dev.codehabit.agent.ui.theme.ThemeController;
import dev.codehabit.agent.ui.tray.TrayController;
import dev.codehabit.agent.ui.tray.TrayMenuFactory;
import dev.codehabit.agent.ui.tray.TraylessWindow;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The desktop UI on the FX thread: theme, tray (or the trayless window), dashboard, settings, notifications.
 * Everything it shows comes from {@link DesktopServices}, built before JavaFX started.
 */
public final class DesktopUi {

    private final DesktopServices services;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("ui-loader").factory());
    private final ThemeController theme;
    private final StringProperty notice = new SimpleStringProperty("");
    /** Gives back what a closed window (dashboard, settings, notification) leaves behind. */
    private final ClosedWindowMemory memory = new ClosedWindowMemory(gtkGlass() ? CairoShmPool.load() : Optional.empty());
    private final Notifier notifier = new Notifier(ThemeController.STYLESHEET, memory::windowClosed);
    /**
     * New activity refreshes the tray once things settle: every ingest (hundreds a second during an import)
     * would otherwise re-read today's figures and rebuild the tray menu each time.
     */
    private final PauseTransition trayAfterActivity = new PauseTransition(Duration.seconds(2));
    private DashboardWindow dashboard;
    private SettingsWindow settings;
    private TrayController tray;
    private TraylessWindow trayless;

    public DesktopUi(DesktopServices services, Clock clock) {
        this.services = services;
        this.clock = clock;
        this.theme = new ThemeController(choice -> services.settings().change(s -> s.withTheme(choice)));
    }

    /** Call on the FX thread. */
    public void start(Runnable quit) {
        Platform.setImplicitExit(false);
        theme.use(services.settings().get().theme());
        settings = new SettingsWindow(services, theme, background, ThemeController.STYLESHEET, memory::windowClosed);
        DashboardLoader loader = new DashboardLoader(services.queries());
        dashboard = new DashboardWindow(loader, background, theme, settings::showOrRaise, notice, memory::windowClosed);
        showHookNotice(services.inputHook().status());
        services.inputHook().onStatus(s -> Platform.runLater(() -> showHookNotice(s)));

        tray = new TrayController(new TraySelector(trayProviders()), new TrayMenuFactory(actions(quit),
                services.settings().get().zone()), services.queries(), services.tracking(), background, clock);
        trayAfterActivity.setOnFinished(e -> tray.refresh());
        if (!tray.show()) {
            trayless = new TraylessWindow(tray::currentMenu, ThemeController.STYLESHEET);
            trayless.show();
            services.tracking().onChange(s -> Platform.runLater(trayless::refresh));
        }
        services.onActivity().accept(() -> Platform.runLater(this::activity));
        services.goal().onReached(this::goalReached);
        tray.storageProblem(services.storage().problem());
        services.storage().onChange(state -> {
            tray.storageProblem(state);
            if (trayless != null) {
                Platform.runLater(trayless::refresh);
            }
        });
        services.pairing().ifPresent(p -> p.onRequest(c -> Platform.runLater(() -> pairingRequest(p, c))));
        // Once the tray is up: build the dashboard window hidden and warm the read path, so the first open is quick.
        Platform.runLater(dashboard::prepare);
        background.execute(() -> loader.load(dev.codehabit.agent.ui.dashboard.DashboardPage.TODAY, 1,
                dev.codehabit.agent.dashboard.DashboardFilter.NONE));
        Timeline minute = new Timeline(new KeyFrame(Duration.seconds(30), e -> everyHalfMinute()));
        minute.setCycleCount(Timeline.INDEFINITE);
        minute.play();
    }

    public String trayProvider() {
        return tray == null ? "none" : tray.provider();
    }

    public void openDashboard() {
        dashboard.showOrRaise();
    }

    public void notifyBreak() {
        notifier.show("Time for a break", "You have been at it for 50 minutes. Stand up, look away, drink some water.", List.of());
    }

    public void stop() {
        if (tray != null) {
            tray.close();
        }
        background.shutdownNow();
    }

    private List<TrayProvider> trayProviders() {
        List<TrayProvider> providers = new ArrayList<>();
        String forced = System.getProperty("codehabit.tray", "auto").toLowerCase(Locale.ROOT);
        if (forced.equals("auto") || forced.equals("appindicator")) {
            // GTK calls must run on the thread that owns GTK's main loop: the FX application thread.
            java.util.concurrent.Executor gtkThread = r -> {
                if (Platform.isFxApplicationThread()) {
                    r.run();
                } else {
                    Platform.runLater(r);
                }
            };
            providers.add(new AppIndicatorProvider(gtkThread, gtkGlass(), services.dataDir().resolve("icons"),
                    System.getProperty("os.name", ""), forced.equals("appindicator") ? forcedEnv() : System.getenv()));
        }
        if (forced.equals("auto") || forced.equals("awt")) {
            providers.add(new AwtTrayProvider());
        }
        return providers; // "none": the trayless window
    }

    /** JavaFX draws through GTK 3 (Linux, not the headless Monocle of the tests). */
    private static boolean gtkGlass() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                && !"Monocle".equalsIgnoreCase(System.getProperty("glass.platform", ""));
    }

    /** -Dcodehabit.tray=appindicator skips the desktop check (for desktops that hide their SNI support). */
    private static java.util.Map<String, String> forcedEnv() {
        var env = new java.util.HashMap<>(System.getenv());
        env.putIfAbsent("XDG_CURRENT_DESKTOP", "forced");
        env.putIfAbsent("DBUS_SESSION_BUS_ADDRESS", "forced");
        return env;
    }

    private TrayMenuFactory.Actions actions(Runnable quit) {
        var tracking = services.tracking();
        return new TrayMenuFactory.Actions() {
            @Override
            public void openDashboard() {
                Platform.runLater(DesktopUi.this::openDashboard);
            }

            @Override
            public void startFocus(int minutes) {
                try {
                    services.focus().ifPresent(f -> f.start(minutes, false)); // blocks distracting sites in the browser
                    tracking.startFocus(minutes);
                    Platform.runLater(() -> notifier.show("Focus for " + minutes + " minutes",
                            "Distracting sites are blocked until the session ends.", List.of()));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> notifier.show("Focus not started", e.getMessage(), List.of()));
                }
            }

            @Override
            public void stopFocus() {
                try {
                    services.focus().ifPresent(f -> f.end());
                    tracking.stopFocus();
                } catch (RuntimeException e) {
                    Platform.runLater(() -> notifier.show("Focus goes on", e.getMessage(), List.of()));
                }
            }

            @Override
            public void pause(java.time.Duration duration) {
                tracking.pauseFor(duration);
            }

            @Override
            public void pauseUntilTomorrow() {
                tracking.pauseUntilTomorrow();
            }

            @Override
            public void resume() {
                tracking.resume();
            }

            @Override
            public void openSettings() {
                Platform.runLater(settings::showOrRaise);
            }

            @Override
            public void quit() {
                quit.run();
            }
        };
    }

    private void activity() {
        dashboard.dataChanged();
        trayAfterActivity.playFromStart();
    }

    private void everyHalfMinute() {
        if (services.tracking().expire()) {
            notifier.show("Focus session done", "Well done. Take a short break before the next one.", List.of());
        }
        services.focus().ifPresent(f -> background.execute(() -> {
            var until = f.runningUntil(); // a database read: off the FX thread
            Platform.runLater(() -> services.tracking().followFocus(until));
        }));
        tray.refresh();
        if (trayless != null) {
            trayless.refresh();
        }
    }

    private void goalReached(DailyGoal.Reached reached) {
        Platform.runLater(() -> notifier.show("Daily goal reached", "You coded "
                + DurationText.compact(reached.codingSeconds()) + " today. Nice work.", List.of()));
    }

    private void showHookNotice(HookStatus status) {
        notice.set(status.state() == HookStatus.State.UNAVAILABLE ? "Idle detection limited: " + status.detail() : "");
    }

    private void pairingRequest(PairingRequests pairing, PairingRequests.Client client) {
        notifier.show("Pairing request", client.name() + " (" + client.kind() + ") wants to send activity to CodeHabit.",
                List.of(new Notifier.Choice("Deny", () -> pairing.deny(client.id()), false),
                        new Notifier.Choice("Approve", () -> pairing.approve(client.id()), true)));
    }
}
