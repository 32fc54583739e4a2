package dev.codehabit.agent.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.codehabit.agent.platform.CairoShmPool;
import javafx.animation.PauseTransition;
import javafx.scene.shape.Polygon;
import javafx.stage.Window;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives back what a closed window leaves behind once no window shows, so the agent idles in the tray at its
 * tray-only size whatever was opened before (docs/benchmarks.md has the figures). Our own nodes are dropped by
 * the windows themselves; this handles what JavaFX, cairo and the heap keep:
 * <ul>
 * <li>The software renderer keeps a reference to the last surface it drew shapes on: the window's whole frame
 * (4 MB for the dashboard). Rendering one tiny shape off screen points it at a 3 × 3 one instead.</li>
 * <li>Cairo keeps the X shared-memory pool frames went through ({@link CairoShmPool}, 7.5 MB).</li>
 * <li>The heap stays sized for the dashboard's peak. The serial collector gives free heap back only in full
 * collections, damped over four in a row, and keeps up to the configured free ratio (30%): for these
 * collections only, the ratio drops to 10%.</li>
 * </ul>
 */
public final class ClosedWindowMemory {
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final System.Logger LOG = System.getLogger(ClosedWindowMemory.class.getName());

    /** A window closed and reopened within seconds keeps the work of the first close for the second. */
    private final PauseTransition settle = new PauseTransition(Duration.seconds(3));
    private final Optional<CairoShmPool> cairo;
    private final AtomicBoolean shrinking = new AtomicBoolean();

    public ClosedWindowMemory(Optional<CairoShmPool> cairo) {
        this.cairo = cairo;
        settle.setOnFinished(e -> releaseIfNothingShows());
    }

    /** Call on the FX thread when a window has closed. */
    public void windowClosed() {
        settle.playFromStart();
    }

    private void releaseIfNothingShows() {
        if (Window.getWindows().stream().anyMatch(Window::isShowing)) {
            return; // the next close comes back here
        }
        new Polygon(0, 0, 3, 0, 0, 3).snapshot(null, null);
        try {
            cairo.ifPresent(CairoShmPool::releaseIdlePool);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cairo's shared memory stays", e);
        }
        if (shrinking.compareAndSet(false, true)) { // one at a time: each restores the ratios it found
            Thread.ofVirtual().name("closed-window-memory").start(() -> {
                try {
                    shrinkHeap();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "The heap was not shrunk", e);
                } finally {
                    shrinking.set(false);
                }
            });
        }
    }

    /** A few tens of milliseconds, off the FX thread. */
    private static void shrinkHeap() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String maxFree = vm.getVMOption(MAX_FREE).getValue();
        String minFree = vm.getVMOption(MIN_FREE).getValue();
        try {
            vm.setVMOption(MIN_FREE, "0"); // lowered first: the JVM refuses a minimum above the maximum
            vm.setVMOption(MAX_FREE, "10");
            for (int i = 0; i < 4; i++) {
                System.gc();
            }
        } finally {
            try {
                vm.setVMOption(MAX_FREE, maxFree); // raised first, for the same reason
            } finally {
                vm.setVMOption(MIN_FREE, minFree);
            }
        }
    }
}
