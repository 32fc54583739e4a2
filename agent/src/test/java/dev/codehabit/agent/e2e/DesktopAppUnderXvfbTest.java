package dev.codehabit.agent.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codehabit.agent.platform.tray.TrayState;
import dev.codehabit.agent.support.DesktopAgent;
import dev.codehabit.agent.support.XSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real agent, started as a user's launcher would, on an X server with a real tray host (trayer): the icon
 * lands in the tray, its menu works, the dashboard opens with demo data, and screenshots are saved in light and
 * dark under target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopAppUnderXvfbTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Duration START = Duration.ofSeconds(120); // includes writing 90 days of demo history
    /** How long a window may take to load and draw on a loaded machine: a limit, not a pause. */
    private static final Duration SETTLE = Duration.ofSeconds(30);
    /** A page with its text and charts drawn has hundreds of colours (anti-aliasing); a blank or loading one a few. */
    private static final int PAGE_COLOURS = 64;

    @TempDir
    static Path dir;
    private static XSession x;
    private static DesktopAgent agent;

    @BeforeAll
    static void startDesktop() throws Exception {
        x = XSession.start(1440, 900);
        x.startTrayHost();
        agent = DesktopAgent.start(x, dir.resolve("data"), "--demo");
    }

    @AfterAll
    static void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
        if (x != null) {
            x.close();
        }
    }

    @Test
    @Order(1)
    void theIconLandsInTheTrayHostAndShowsTheTrackingState() throws Exception {
        assertThat(agent.awaitReady(START)).contains("tray: awt");
        XSession.Window panel = x.find("panel").orElseThrow();
        XSession.Window icon = XSession.awaitValue("the tray icon", Duration.ofSeconds(30), () -> x.find("JavaEmbeddedFrame"));
        assertThat(x.treeOf(panel.id())).contains("JavaEmbeddedFrame");
        // the icon's window is mapped a moment before AWT paints it
        XSession.await("green 'tracking' pixels in the tray", Duration.ofSeconds(10),
                () -> countNear(x.capture(icon), TrayState.TRACKING.rgb()) > 40);
        x.screenshot("root", SHOTS.resolve("tray-root.png"));
    }

    @Test
    @Order(2)
    void theTrayMenuOpensAndItsItemsWork() throws Exception {
        XSession.Window menu = openTrayMenu();
        assertThat(menu.width()).as("a menu wide enough for its labels").isGreaterThan(100);
        x.run("xdotool", "mousemove", "700", "700"); // move the tooltip away from the menu
        x.awaitSettled("the tray menu", menu, 2, SETTLE, null);
        x.screenshot("root", SHOTS.resolve("tray-menu.png"));
        x.run("xdotool", "key", "Escape");
        // enabled entries in order: Open Dashboard, Start Focus, Pause Tracking, Settings…, Quit
        x.pickFromMenu("Settings…", DesktopAppUnderXvfbTest::openTrayMenuForKeys,
                List.of("Down", "Down", "Down", "Down", "Return"), Duration.ofSeconds(10),
                () -> x.find("CodeHabit — Settings").isPresent());
        XSession.Window settings = x.find("CodeHabit — Settings").orElseThrow();
        x.awaitSettled("the settings window", settings, PAGE_COLOURS, SETTLE, null);
        x.screenshot(settings.id(), SHOTS.resolve("settings-light.png"));
        x.run("xdotool", "mousemove", "--window", settings.id(), "497", "19", "click", "1"); // the Bridges tab
        Thread.sleep(800);
        x.screenshot(settings.id(), SHOTS.resolve("settings-bridges-xvfb.png"));
        x.run("xdotool", "windowfocus", "--sync", settings.id(), "key", "ctrl+w");
        XSession.await("the settings window closed", Duration.ofSeconds(10), () -> x.find("CodeHabit — Settings").isEmpty());
    }

    @Test
    @Order(3)
    void theApiOpensTheDashboardWithTheDemoHistory() throws Exception {
        assertThat(agent.post("/api/v1/ui/dashboard")).isEqualTo(200);
        XSession.Window window = XSession.awaitValue("the dashboard", Duration.ofSeconds(15),
                () -> x.find("CodeHabit — Dashboard"));
        capturePages(window, "light");
    }

    @Test
    @Order(4)
    void aClosedDashboardGivesBackThePixelBuffersItsFramesWentThroughAndDrawsAgainWhenReopened() throws Exception {
        Path maps = Path.of("/proc", Long.toString(agent.jvm().pid()), "maps");
        // Frames reach the X server through cairo's shared-memory pool (32 MB for this window) while it shows…
        assertThat(sharedMemoryMb(maps)).as("X shared memory while the dashboard shows").isGreaterThanOrEqualTo(4);
        XSession.Window window = x.find("CodeHabit — Dashboard").orElseThrow();
        x.run("xdotool", "windowfocus", "--sync", window.id(), "key", "ctrl+w");
        XSession.await("the dashboard closed", Duration.ofSeconds(10), () -> x.find("CodeHabit — Dashboard").isEmpty());
        // …and a few seconds after the last window closed, the pool is gone.
        XSession.await("the pool given back", Duration.ofSeconds(30), () -> sharedMemoryMb(maps) == 0);
        // Opened again, it draws through a new pool.
        assertThat(agent.post("/api/v1/ui/dashboard")).isEqualTo(200);
        XSession.Window again = XSession.awaitValue("the dashboard again", Duration.ofSeconds(15),
                () -> x.find("CodeHabit — Dashboard"));
        x.awaitSettled("the reopened dashboard", again, PAGE_COLOURS, SETTLE, null); // background load and first paint
        x.screenshot(again.id(), SHOTS.resolve("dashboard-reopened-light.png"));
        assertThat(Files.size(SHOTS.resolve("dashboard-reopened-light.png"))).as("a drawn page").isGreaterThan(20_000);
    }

    @Test
    @Order(5)
    void aSecondLaunchHandsOverToTheRunningAgent() throws Exception {
        try (DesktopAgent second = DesktopAgent.start(x, dir.resolve("data"))) {
            assertThat(second.awaitExit(Duration.ofSeconds(60))).isTrue();
            assertThat(second.process().exitValue()).as(second.output()).isZero();
            assertThat(second.output()).contains("already running").contains("opened its dashboard");
        }
    }

    @Test
    @Order(6)
    void quitFromTheTrayEndsTheAgentAndDarkThemeComesBackOnRestart() throws Exception {
        x.pickFromMenu("Quit", DesktopAppUnderXvfbTest::openTrayMenuForKeys,
                List.of("Down", "Down", "Down", "Down", "Down", "Return"), Duration.ofSeconds(10),
                () -> !agent.process().isAlive());
        assertThat(agent.process().exitValue()).isZero();
        assertThat(dir.resolve("data/agent.json")).doesNotExist();

        Path settings = dir.resolve("data/settings.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode s = Files.exists(settings) ? (ObjectNode) json.readTree(settings.toFile()) : json.createObjectNode();
        s.put("theme", "dark");
        json.writeValue(settings.toFile(), s);
        agent = DesktopAgent.start(x, dir.resolve("data"));
        agent.awaitReady(START);
        assertThat(agent.post("/api/v1/ui/dashboard")).isEqualTo(200);
        XSession.Window window = XSession.awaitValue("the dark dashboard", Duration.ofSeconds(15),
                () -> x.find("CodeHabit — Dashboard"));
        capturePages(window, "dark");
    }

    /** Megabytes of System V shared memory the process maps, as cairo's pools appear in /proc/PID/maps. */
    private static long sharedMemoryMb(Path maps) throws java.io.IOException {
        long bytes = 0;
        for (String line : Files.readAllLines(maps)) {
            if (line.contains("/SYSV")) {
                String[] range = line.substring(0, line.indexOf(' ')).split("-");
                bytes += Long.parseUnsignedLong(range[1], 16) - Long.parseUnsignedLong(range[0], 16);
            }
        }
        return bytes >> 20;
    }

    /** Today, then Week and Year through the sidebar (positions are the dashboard's own fixed layout). */
    private static void capturePages(XSession.Window window, String theme) throws Exception {
        x.awaitSettled("the dashboard", window, PAGE_COLOURS, SETTLE, null); // background load and first paint
        x.screenshot(window.id(), SHOTS.resolve("dashboard-today-" + theme + ".png"));
        clickSidebar(window, 108);
        x.screenshot(window.id(), SHOTS.resolve("dashboard-week-" + theme + ".png"));
        clickSidebar(window, 176);
        x.screenshot(window.id(), SHOTS.resolve("dashboard-year-" + theme + ".png"));
        clickSidebar(window, 74);
        assertThat(Files.size(SHOTS.resolve("dashboard-year-" + theme + ".png"))).isGreaterThan(20_000);
    }

    /** Clicks a sidebar entry and waits until the new page is drawn (it differs from the one before and settled). */
    private static void clickSidebar(XSession.Window window, int y) throws Exception {
        java.awt.image.BufferedImage before = x.capture(window);
        x.run("xdotool", "mousemove", Integer.toString(window.x() + 60), Integer.toString(window.y() + y), "click", "1");
        x.run("xdotool", "mousemove", Integer.toString(window.x() + 100), Integer.toString(window.y() + 700));
        x.awaitSettled("the page after a sidebar click", window, PAGE_COLOURS, SETTLE, before);
    }

    /** Right-clicks the tray icon and waits for AWT's popup menu window. */
    private static XSession.Window openTrayMenu() throws Exception {
        XSession.Window icon = XSession.awaitValue("the tray icon", Duration.ofSeconds(30), () -> x.find("JavaEmbeddedFrame"));
        x.clickMiddle(icon, 3);
        // AWT maps the popup first and sizes it to its entries right after; a closed popup stays in the tree, unmapped
        return XSession.awaitValue("the tray menu with its entries", Duration.ofSeconds(30),
                () -> {
                    java.util.Optional<XSession.Window> popup = x.find("sun-awt-X11-XPopupMenuPeer");
                    return popup.isPresent() && popup.get().height() > 100 && x.isViewable(popup.get().id()) ? popup
                            : java.util.Optional.empty();
                });
    }

    /** AWT takes the popup's keyboard grab a moment after it maps it: keys sent before then are lost. */
    private static void openTrayMenuForKeys() throws Exception {
        openTrayMenu();
        Thread.sleep(700);
    }

    private static int countNear(BufferedImage image, int rgb) {
        int hits = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int px = 0; px < image.getWidth(); px++) {
                int c = image.getRGB(px, y);
                int dr = Math.abs(((c >> 16) & 0xff) - ((rgb >> 16) & 0xff));
                int dg = Math.abs(((c >> 8) & 0xff) - ((rgb >> 8) & 0xff));
                int db = Math.abs((c & 0xff) - (rgb & 0xff));
                if (dr + dg + db < 60) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
