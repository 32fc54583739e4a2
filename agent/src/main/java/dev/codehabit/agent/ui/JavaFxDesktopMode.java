package dev.codehabit.agent.ui;

import dev.codehabit.agent.AgentCore;
import dev.codehabit.agent.cli.DesktopMode;
import dev.codehabit.agent.desktop.DesktopWiring;
import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The windowed mode: wires the desktop's background parts on the started core, then starts JavaFX with the tray,
 * and blocks until the user quits. The API's "open dashboard" route is pointed at the window once it exists.
 */
public final class JavaFxDesktopMode implements DesktopMode {
    private static final System.Logger LOG = System.getLogger(JavaFxDesktopMode.class.getName());
    /**
     * JavaFX warns on every start that its classes come from the class path, not from modules: the agent ships
     * as one runnable jar on purpose (docs/desktop.md), so that one record is dropped; the logger is held here so
     * that its filter is not collected with it.
     */
    private final java.util.logging.Logger javafxLog = java.util.logging.Logger.getLogger("javafx");
    private CompletableFuture<Void> toolkit;

    @Override
    public boolean supported() {
        try {
            Class.forName("javafx.application.Platform", false, JavaFxDesktopMode.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Rendering choices for an app that sits in the tray all day, unless the user set them: software rendering
     * (the dashboard is 2D controls and canvases; the GPU pipeline maps the whole GL stack, Mesa and LLVM on
     * Linux, ~60 MB resident), and no region image cache (a permanent 2048×1024 texture, 8 MB of heap in the
     * software pipeline, kept after the dashboard closes; drawing the region backgrounds directly costs less
     * than a millisecond a frame here — docs/benchmarks.md).
     */
    public static void useLeanRendering() {
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw");
        }
        if (System.getProperty("prism.disableRegionCaching") == null) {
            System.setProperty("prism.disableRegionCaching", "true");
        }
    }

    /** Starts the JavaFX toolkit on a background thread, so it comes up while the core starts. */
    @Override
    public synchronized void prepare() {
        if (toolkit != null) {
            return;
        }
        useLeanRendering();
        javafxLog.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        CompletableFuture<Void> started = new CompletableFuture<>();
        toolkit = started;
        Thread.ofPlatform().daemon().name("fx-startup").start(() -> {
            try {
                Platform.startup(() -> started.complete(null));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        });
    }

    @Override
    public void run(AgentCore core) {
        prepare();
        CountDownLatch quit = new CountDownLatch(1);
        try (DesktopWiring wiring = new DesktopWiring(core, quit::countDown)) {
            wiring.start();
            toolkit.join();
            CompletableFuture<DesktopUi> started = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    DesktopUi ui = new DesktopUi(wiring.services(), core.services().clock());
                    ui.start(quit::countDown);
                    started.complete(ui);
                } catch (Throwable e) {
                    started.completeExceptionally(e);
                }
            });
            DesktopUi ui = started.join();
            wiring.onBreakDue(() -> Platform.runLater(ui::notifyBreak));
            core.setDashboardOpener(() -> {
                Platform.runLater(ui::openDashboard);
                return true;
            });
            LOG.log(System.Logger.Level.INFO, "Desktop mode ready; tray: " + ui.trayProvider());
            System.out.println("CodeHabit desktop ready (tray: " + ui.trayProvider() + ")");
            System.out.flush();
            Thread ticker = Thread.ofPlatform().daemon().name("desktop-tick").start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    wiring.tick();
                }
            });
            quit.await();
            ticker.interrupt();
            core.setDashboardOpener(() -> false);
            Platform.runLater(() -> {
                ui.stop();
                Platform.exit();
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
