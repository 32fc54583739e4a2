package dev.codehabit.agent.e2e;

import dev.codehabit.agent.support.DesktopAgent;
import dev.codehabit.agent.support.SystemParts;
import dev.codehabit.agent.support.XSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AppIndicator tray (libayatana-appindicator through the FFM API) on a desktop session with a D-Bus bus.
 * With no StatusNotifier host on the bus, the library falls back to an XEmbed icon, which trayer shows: so the
 * same FFM code path (indicator, GTK menu built from the tray model, activate upcall) is exercised end to end.
 */
class AppIndicatorTrayUnderXvfbTest {
    @Test
    void theIndicatorShowsItsGtkMenuAndItsItemsCallBackIntoJava(@TempDir Path dir) throws Exception {
        // without it the agent falls back to the AWT tray and the assertion below would only say so
        SystemParts.requireLibrary("libayatana-appindicator3.so.1", "libayatana-appindicator3-1");
        try (XSession x = XSession.start(1280, 800)) {
            x.startTrayHost();
            try (DesktopAgent agent = DesktopAgent.start(x, dir.resolve("data"), List.of("dbus-run-session", "--"),
                    Map.of("XDG_CURRENT_DESKTOP", "XFCE"))) {
                assertThat(agent.awaitReady(Duration.ofSeconds(60))).contains("tray: appindicator");
                // the icon's window is embedded in trayer's panel, which grows to the left as icons arrive
                XSession.Window icon = XSession.awaitValue("the indicator icon in the tray", Duration.ofSeconds(30),
                        () -> {
                            String panelTree = x.treeOf(x.find("panel").orElseThrow().id());
                            return x.windows().stream().filter(w -> w.name().equals("CodeHabit")
                                    && panelTree.contains(w.id())).findFirst();
                        });
                // Down selects the first sensitive item (the figures line is insensitive): Open Dashboard
                x.pickFromMenu("Open Dashboard", () -> openMenu(x, icon), List.of("Down", "Return"),
                        Duration.ofSeconds(10), () -> x.find("CodeHabit — Dashboard").isPresent());
            }
        }
    }

    /** Clicks the icon and waits until GTK's menu shows below it (GTK grabs the keyboard as it maps the menu). */
    private static void openMenu(XSession x, XSession.Window icon) throws Exception {
        x.clickMiddle(icon, 1);
        XSession.await("the GTK menu", Duration.ofSeconds(10), () -> {
            for (XSession.Window w : x.windows()) {
                if (w.name().equals("java") && w.height() > 50 && x.isViewable(w.id())) {
                    return true;
                }
            }
            return false;
        });
        x.screenshot("root", Path.of("target", "screenshots", "tray-appindicator-menu.png"));
    }
}
