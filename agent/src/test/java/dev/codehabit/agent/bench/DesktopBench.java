package dev.codehabit.agent.bench;

import dev.codehabit.agent.support.DesktopAgent;
import dev.codehabit.agent.support.XSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Desktop figures on Xvfb with trayer as the tray host: cold start to tray icon, dashboard open through the API,
 * resident memory with tray and closed dashboard; then the year render bench. Prints one line per figure.
 * {@code ./mvnw -pl agent test-compile exec:java -Dexec.mainClass=dev.codehabit.agent.bench.DesktopBench -Dexec.classpathScope=test}
 */
public final class DesktopBench {
    private DesktopBench() {}

    /** The options in agent/jvm.options, whether the bench runs from the repository root or the agent module. */
    static List<String> launcherOptions() throws java.io.IOException {
        return launcherLines("jvm.options");
    }

    /** The environment in agent/launcher.env, as ./codehabit exports it. */
    static Map<String, String> launcherEnvironment() throws java.io.IOException {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (String line : launcherLines("launcher.env")) {
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("launcher.env: not NAME=value: " + line);
            }
            env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return env;
    }

    private static List<String> launcherLines(String name) throws java.io.IOException {
        Path file = Files.exists(Path.of(name)) ? Path.of(name) : Path.of("agent", name);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean tuned = args.length < 2 || !args[1].equals("plain");
        try (XSession x = XSession.start(1440, 900)) {
            x.startTrayHost();
            Path data = Files.createTempDirectory("desktop-bench");
            // The options ./codehabit starts the agent with (agent/jvm.options), so the figures are what users get.
            List<String> jvm = tuned ? launcherOptions() : List.of();
            Map<String, String> env = tuned ? launcherEnvironment() : Map.of();
            System.out.println("agent JVM options: " + (jvm.isEmpty() ? "(none)" : String.join(" ", jvm)) + "; environment: " + env);
            try (DesktopAgent seed = DesktopAgent.start(x, data, List.of("dbus-run-session", "--"), env, jvm, "--demo")) {
                seed.awaitReady(Duration.ofMinutes(3)); // first run writes the 90-day history, not measured
                // The first window a fresh X server maps costs it ~0.4 s of its own first-use work, whichever client
                // asks; a desktop has mapped windows long before the agent's. The seed takes that cost, and it is
                // printed apart.
                Thread.sleep(5000);
                long first = System.nanoTime();
                seed.post("/api/v1/ui/dashboard");
                XSession.await("dashboard", Duration.ofSeconds(30), () -> dashboardShown(x));
                System.out.printf("first window on this fresh X server (the seed's dashboard): %.0f ms%n",
                        (System.nanoTime() - first) / 1e6);
            }
            List<Double> toIcon = new ArrayList<>();
            List<Double> toReady = new ArrayList<>();
            List<Double> open = new ArrayList<>();
            List<Double> reopen = new ArrayList<>();
            List<Double> rssTray = new ArrayList<>();
            List<Double> rssClosed = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                try (DesktopAgent agent = DesktopAgent.start(x, data, List.of("dbus-run-session", "--"), env, jvm)) {
                    XSession.await("tray icon", Duration.ofSeconds(60), () -> x.find("JavaEmbeddedFrame").isPresent());
                    toIcon.add((System.nanoTime() - start) / 1e6);
                    agent.awaitReady(Duration.ofSeconds(60));
                    toReady.add((System.nanoTime() - start) / 1e6);
                    Thread.sleep(10_000);
                    rssTray.add(rssMb(agent));

                    long o = System.nanoTime();
                    agent.post("/api/v1/ui/dashboard");
                    XSession.await("dashboard", Duration.ofSeconds(30), () -> dashboardShown(x));
                    open.add((System.nanoTime() - o) / 1e6);
                    Thread.sleep(3000);
                    XSession.Window w = x.find("CodeHabit — Dashboard").orElseThrow();
                    x.run("xdotool", "windowfocus", "--sync", w.id(), "key", "ctrl+w"); // the user closes it
                    XSession.await("dashboard closed", Duration.ofSeconds(10), () -> !mapped(x, w.id()));
                    long r = System.nanoTime();
                    agent.post("/api/v1/ui/dashboard");
                    XSession.await("dashboard again", Duration.ofSeconds(30), () -> dashboardShown(x));
                    reopen.add((System.nanoTime() - r) / 1e6);
                    Thread.sleep(2000);
                    XSession.Window again = x.windows().stream().filter(win -> win.name().equals("CodeHabit — Dashboard")
                            && mapped(x, win.id())).findFirst().orElseThrow();
                    x.run("xdotool", "windowfocus", "--sync", again.id(), "key", "ctrl+w");
                    XSession.await("dashboard closed again", Duration.ofSeconds(10), () -> !dashboardShown(x));
                    Thread.sleep(10_000);
                    rssClosed.add(rssMb(agent));
                }
            }
            System.out.printf("load average during the runs: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.printf("cold start → tray icon: median %.0f ms (runs %s)%n", DashboardRenderBench.median(toIcon), toIcon);
            System.out.printf("cold start → desktop ready: median %.0f ms%n", DashboardRenderBench.median(toReady));
            System.out.printf("dashboard first open (API → window mapped): median %.0f ms (runs %s)%n",
                    DashboardRenderBench.median(open), open);
            System.out.printf("dashboard re-open: median %.0f ms%n", DashboardRenderBench.median(reopen));
            System.out.printf("RSS with tray, dashboard never opened: median %.0f MB%n", DashboardRenderBench.median(rssTray));
            System.out.printf("RSS with tray after the dashboard was opened and closed: median %.0f MB%n",
                    DashboardRenderBench.median(rssClosed));

            Process render = x.command(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    DashboardRenderBench.class.getName()).inheritIO().start();
            render.waitFor();
        }
    }

    private static boolean mapped(XSession x, String id) {
        try {
            return x.run("xwininfo", "-id", id).contains("IsViewable");
        } catch (Exception e) {
            return false; // destroyed: a closed dashboard drops its window
        }
    }

    private static boolean dashboardShown(XSession x) throws Exception {
        for (XSession.Window w : x.windows()) {
            if (w.name().equals("CodeHabit — Dashboard") && mapped(x, w.id())) {
                return true;
            }
        }
        return false;
    }

    /** Resident set of the agent's JVM (the dbus-run-session wrapper excluded). */
    private static double rssMb(DesktopAgent agent) throws Exception {
        long pid = agent.jvm().pid();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }
}
