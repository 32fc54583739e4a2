package dev.codehabit.agent.support;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private X server (Xvfb on a free display number) with, on request, Debian's {@code trayer} as the system
 * tray host, plus the X tools the desktop tests drive it with: xdotool, xwininfo and ImageMagick's import.
 * The packages come from {@code .ci/apt-packages}.
 */
public final class XSession implements AutoCloseable {
    /** A window as xwininfo lists it: id, name, absolute position and size. */
    public record Window(String id, String name, int x, int y, int width, int height) {}

    private static final Pattern TREE_LINE = Pattern.compile(
            "^\\s*(0x[0-9a-f]+) \"(.*?)\".*?\\s(\\d+)x(\\d+)[+-]-?\\d+[+-]-?\\d+\\s+\\+(-?\\d+)\\+(-?\\d+)\\s*$");

    private final Process xvfb;
    private final String display;
    private Process trayer;

    private XSession(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    public static XSession start(int width, int height) throws IOException {
        SystemParts.requireCommands("Xvfb", "xwininfo", "xdotool", "import");
        // -noreset: by default the server resets when its last client leaves, and a client connecting during the
        // reset is refused. A poll (xwininfo) that ends just before trayer connects made trayer fail that way.
        Process p = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp", "-noreset").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine(); // Xvfb prints the display number once it accepts connections
        if (number == null) {
            p.destroyForcibly();
            throw new IOException("Xvfb did not start (is the xvfb package installed?)");
        }
        return new XSession(p, ":" + number.strip());
    }

    public String display() {
        return display;
    }

    /** Starts trayer and waits until its panel is mapped: from then on java.awt.SystemTray is supported. */
    public void startTrayHost() throws IOException, InterruptedException {
        SystemParts.requireCommands("trayer");
        trayer = command("trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "28",
                "--SetDockType", "true", "--expand", "true").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Process host = trayer;
        await("trayer's panel", Duration.ofSeconds(10), () -> !host.isAlive() || find("panel").isPresent());
        if (!host.isAlive()) {
            throw new IOException("trayer exited with " + host.exitValue() + " before showing its panel");
        }
    }

    public ProcessBuilder command(String... args) {
        ProcessBuilder pb = new ProcessBuilder(args);
        pb.environment().put("DISPLAY", display);
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("XDG_CURRENT_DESKTOP");
        return pb;
    }

    /** Runs an X tool to completion and returns its output. */
    public String run(String... args) throws IOException, InterruptedException {
        Process p = command(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", args) + " did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", args) + " failed (" + p.exitValue() + "): " + out);
        }
        return out;
    }

    /** Every window in the tree, with absolute coordinates. */
    public List<Window> windows() throws IOException, InterruptedException {
        List<Window> out = new ArrayList<>();
        for (String line : run("xwininfo", "-root", "-tree").split("\n")) {
            Matcher m = TREE_LINE.matcher(line);
            if (m.matches()) {
                out.add(new Window(m.group(1), m.group(2), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            }
        }
        return out;
    }

    public Optional<Window> find(String name) throws IOException, InterruptedException {
        return windows().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** The tree as text under a window (to check what is embedded where). */
    public String treeOf(String windowId) throws IOException, InterruptedException {
        return run("xwininfo", "-id", windowId, "-tree");
    }

    public void screenshot(String windowIdOrRoot, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        run("import", "-window", windowIdOrRoot, file.toString());
    }

    public BufferedImage capture(Window area) throws IOException, InterruptedException {
        Path tmp = Files.createTempFile("capture", ".png");
        run("import", "-window", "root", "-crop", area.width() + "x" + area.height() + "+" + area.x() + "+" + area.y(),
                tmp.toString());
        BufferedImage image = ImageIO.read(tmp.toFile());
        Files.deleteIfExists(tmp);
        return image;
    }

    /**
     * Waits for a window to show a drawn frame (at least {@code minColours} colours: not a blank or half-built one)
     * that no longer changes between two looks and, when {@code before} is given, differs from it: a page loaded,
     * laid out and painted, or changed by a click. Returns that frame.
     */
    public BufferedImage awaitSettled(String what, Window w, int minColours, Duration timeout, BufferedImage before)
            throws InterruptedException {
        BufferedImage[] last = new BufferedImage[1];
        await(what + " drawn and settled", timeout, () -> {
            BufferedImage now = capture(w);
            boolean settled = last[0] != null && samePixels(last[0], now) && colours(now) >= minColours
                    && (before == null || !samePixels(before, now));
            last[0] = now;
            return settled;
        });
        return last[0];
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight() && java.util.Arrays.equals(
                a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
    }

    private static long colours(BufferedImage image) {
        return java.util.Arrays.stream(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
                .distinct().limit(1000).count();
    }

    /** Moves the pointer to the middle of the window and clicks there (1 left, 3 right). */
    public void clickMiddle(Window w, int button) throws IOException, InterruptedException {
        run("xdotool", "mousemove", Integer.toString(w.x() + w.width() / 2), Integer.toString(w.y() + w.height() / 2),
                "click", Integer.toString(button));
    }

    /** Whether the window is mapped and all its ancestors are: what a user can see. */
    public boolean isViewable(String windowId) throws IOException, InterruptedException {
        return run("xwininfo", "-id", windowId).contains("Map State: IsViewable");
    }

    /**
     * Opens a menu, presses keys in it and waits for their effect. A popup takes its keyboard grab a moment
     * after it shows, so under heavy load the keys can arrive first and be lost; then the menu is dismissed and
     * opened again, as a user would, up to three times in all. A menu that did not show counts as a failed try.
     */
    public void pickFromMenu(String what, Step openMenu, List<String> keys, Duration wait, Check done)
            throws Exception {
        List<String> press = new ArrayList<>(List.of("xdotool", "key"));
        press.addAll(keys);
        AssertionError failure = new AssertionError(what + ": no effect after three tries at the menu");
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                openMenu.run();
                run(press.toArray(String[]::new));
                if (within(wait, done)) {
                    return;
                }
            } catch (AssertionError menuDidNotShow) {
                failure.addSuppressed(menuDidNotShow);
            }
            if (within(Duration.ZERO, done)) {
                return; // the effect came late, while the menu was being opened again
            }
            run("xdotool", "key", "Escape");
        }
        throw failure;
    }

    public static void await(String what, Duration timeout, Check check) throws InterruptedException {
        Exception[] last = new Exception[1];
        if (!poll(timeout, check, last)) {
            throw new AssertionError("Timed out after " + timeout + " waiting for " + what, last[0]);
        }
    }

    /** Whether the check holds within the timeout (a lookup that throws counts as not yet). */
    public static boolean within(Duration timeout, Check check) throws InterruptedException {
        return poll(timeout, check, new Exception[1]);
    }

    private static boolean poll(Duration timeout, Check check, Exception[] last) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) { // checks at least once, so a zero timeout asks "does it hold now?"
            try {
                if (check.ok()) {
                    return true;
                }
            } catch (Exception e) {
                last[0] = e;
            }
            if (!Instant.now().isBefore(deadline)) {
                return false;
            }
            Thread.sleep(150);
        }
    }

    /** Waits for a value to be present (a lookup that throws counts as not yet). */
    public static <T> T awaitValue(String what, Duration timeout, Lookup<T> lookup) throws InterruptedException {
        List<T> found = new ArrayList<>(1);
        await(what, timeout, () -> {
            lookup.find().ifPresent(found::add);
            return !found.isEmpty();
        });
        return found.getFirst();
    }

    @FunctionalInterface
    public interface Check {
        boolean ok() throws Exception;
    }

    @FunctionalInterface
    public interface Lookup<T> {
        Optional<T> find() throws Exception;
    }

    /** An action on the X server, such as opening a menu and waiting until it shows. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    @Override
    public void close() {
        if (trayer != null) {
            trayer.destroy();
        }
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
