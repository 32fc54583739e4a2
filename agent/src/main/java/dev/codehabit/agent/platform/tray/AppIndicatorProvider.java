package dev.codehabit.agent.platform.tray;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * StatusNotifierItem/AppIndicator icon on Linux desktops that show them (KDE, Ubuntu's GNOME, GNOME with the
 * AppIndicator extension, XFCE, Budgie, Cinnamon). Needs the GTK main loop, which JavaFX's GTK glass provides.
 */
public final class AppIndicatorProvider implements TrayProvider {
    private final Executor gtkThread;
    private final boolean gtkRunning;
    private final Path iconDir;
    private final String osName;
    private final Map<String, String> env;

    /**
     * @param gtkThread  runs tasks on the thread that owns GTK's main loop
     * @param gtkRunning whether a GTK main loop runs in this process at all
     * @param iconDir    folder (in the data dir) for the icon PNGs the indicator names
     */
    public AppIndicatorProvider(Executor gtkThread, boolean gtkRunning, Path iconDir, String osName, Map<String, String> env) {
        this.gtkThread = gtkThread;
        this.gtkRunning = gtkRunning;
        this.iconDir = iconDir;
        this.osName = osName;
        this.env = env;
    }

    @Override
    public String name() {
        return "appindicator";
    }

    @Override
    public boolean isAvailable() {
        // The icon lives on the session bus; without a desktop session (a bare X server) nobody would show it.
        return gtkRunning
                && osName.toLowerCase(Locale.ROOT).contains("linux")
                && !env.getOrDefault("XDG_CURRENT_DESKTOP", "").isBlank()
                && !env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank()
                && AppIndicatorLibrary.installed();
    }

    /** Whether libayatana-appindicator3 (or libappindicator3) can be loaded. */
    public static boolean libraryInstalled() {
        return AppIndicatorLibrary.installed();
    }

    @Override
    public TrayIcon show(TrayMenu menu) throws Exception {
        writeIcons();
        AppIndicatorIcon icon = new AppIndicatorIcon(gtkThread, iconDir);
        CompletableFuture<TrayIcon> shown = new CompletableFuture<>();
        gtkThread.execute(() -> {
            try {
                icon.create(menu);
                shown.complete(icon);
            } catch (Throwable e) {
                shown.completeExceptionally(e);
            }
        });
        return shown.get();
    }

    private void writeIcons() throws IOException {
        Files.createDirectories(iconDir);
        for (TrayState state : TrayState.values()) {
            ImageIO.write(TrayIconImages.render(state, 64), "png",
                    iconDir.resolve(AppIndicatorIcon.iconName(state) + ".png").toFile());
        }
    }
}
