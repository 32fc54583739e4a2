package dev.codehabit.agent.platform.tray;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.util.concurrent.CompletableFuture;

/**
 * {@code java.awt.SystemTray}: the tray on Windows and macOS, and on Linux the XEmbed tray that KDE, XFCE, MATE,
 * Cinnamon and stand-alone hosts such as trayer still offer (GNOME removed it).
 */
public final class AwtTrayProvider implements TrayProvider {
    @Override
    public String name() {
        return "awt";
    }

    @Override
    public boolean isAvailable() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (Throwable e) {
            return false; // a broken AWT/X11 set-up means no AWT tray, not a dead agent
        }
    }

    @Override
    public TrayIcon show(TrayMenu menu) throws Exception {
        CompletableFuture<AwtTrayIcon> shown = new CompletableFuture<>();
        EventQueue.invokeLater(() -> {
            try {
                shown.complete(AwtTrayIcon.add(SystemTray.getSystemTray(), menu));
            } catch (Throwable e) {
                shown.completeExceptionally(e);
            }
        });
        return shown.get();
    }
}
