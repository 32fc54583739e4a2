package dev.codehabit.agent.selftest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.AgentCore;
import dev.codehabit.agent.bridges.Bridge;
import dev.codehabit.agent.bridges.BridgeBundle;
import dev.codehabit.agent.idle.HookEnvironment;
import dev.codehabit.agent.idle.NativeInputHook;
import dev.codehabit.agent.platform.Displays;
import dev.codehabit.agent.platform.tray.AppIndicatorProvider;
import dev.codehabit.agent.store.Database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code codehabit --self-test}: checks that this copy works, on a throw-away data dir, never the user's: the
 * database opens and migrates, the API answers on loopback, the bundled bridges are there in the app's version,
 * the input hook's library loads, and a tray can be shown.
 */
public final class SelfTest {
    private final BridgeBundle bundle;
    private final HookEnvironment hookEnvironment;
    private final Map<String, String> env;
    private final String version;
    private final ObjectMapper json;
    private final Clock clock;

    public SelfTest(BridgeBundle bundle, HookEnvironment hookEnvironment, Map<String, String> env, String version,
                    ObjectMapper json, Clock clock) {
        this.bundle = bundle;
        this.hookEnvironment = hookEnvironment;
        this.env = env;
        this.version = version;
        this.json = json;
        this.clock = clock;
    }

    public List<Check> run() throws IOException {
        Path scratch = Files.createTempDirectory("codehabit-self-test-");
        try {
            List<Check> checks = new ArrayList<>();
            checks.add(database(scratch.resolve("db")));
            checks.add(api(scratch.resolve("agent")));
            checks.add(browserBridge());
            checks.add(vscodeBridge());
            checks.add(inputHook(scratch.resolve("native")));
            checks.add(tray());
            return checks;
        } finally {
            deleteTree(scratch);
        }
    }

    Check database(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Database db = Database.open(dir.resolve("codehabit.db"))) {
            return Check.ok("Database", "a new SQLite database opened and migrated to schema " + Database.SCHEMA_VERSION);
        } catch (RuntimeException e) {
            return Check.fail("Database", "cannot open or migrate a new database: " + rootMessage(e));
        }
    }

    Check api(Path dir) {
        try {
            Optional<AgentCore> started = AgentCore.start(dir, 0, clock, "self-test");
            if (started.isEmpty()) {
                return Check.fail("Local API", "could not lock a fresh data dir " + dir);
            }
            try (AgentCore core = started.get(); HttpClient http = HttpClient.newHttpClient()) {
                URI health = URI.create("http://127.0.0.1:" + core.port() + "/api/v1/health");
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                var body = json.readTree(response.body());
                String answered = body.path("version").asText("");
                if (response.statusCode() != 200 || !body.path("status").asText("").equals("ok")) {
                    return Check.fail("Local API", health + " answered " + response.statusCode() + " " + response.body());
                }
                return Check.ok("Local API", health + " answers (version " + answered + ")");
            }
        } catch (IOException | RuntimeException e) {
            return Check.fail("Local API", "did not start or answer on loopback: " + rootMessage(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Check.fail("Local API", "interrupted");
        }
    }

    Check browserBridge() {
        String name = Bridge.BROWSER.title();
        Optional<String> v = bundle.browserVersion(json);
        if (v.isEmpty()) {
            return missing(name, bundle.browserUnpacked(), Bridge.BROWSER);
        }
        if (!Files.isRegularFile(bundle.browserZip())) {
            return missing(name, bundle.browserZip(), Bridge.BROWSER);
        }
        return versionCheck(name, v.get(), bundle.browserUnpacked() + " and " + bundle.browserZip().getFileName());
    }

    Check vscodeBridge() {
        String name = Bridge.VSCODE.title();
        return bundle.vsixVersion(json).map(v -> versionCheck(name, v, bundle.vsix().toString()))
                .orElseGet(() -> missing(name, bundle.vsix(), Bridge.VSCODE));
    }

    private Check missing(String name, Path where, Bridge bridge) {
        return Check.fail(name, "missing or unreadable: " + where
                + (bundle.installed() ? " (reinstall CodeHabit)" : " (build it: " + BridgeBundle.buildCommand(bridge) + ")"));
    }

    /** The bridges carry the release's version without Maven's qualifier (0.1.0 for 0.1.0-SNAPSHOT). */
    private Check versionCheck(String name, String bridgeVersion, String where) {
        String release = version.replaceFirst("-.*$", "");
        if (!bridgeVersion.equals(release)) {
            return Check.fail(name, "version " + bridgeVersion + " does not match the app's " + release + ": " + where);
        }
        return Check.ok(name, "version " + bridgeVersion + ": " + where);
    }

    Check inputHook(Path dir) {
        Optional<String> unavailable = hookEnvironment.whyUnavailable();
        Optional<String> library = NativeInputHook.libraryProblem(dir, unavailable.isEmpty());
        if (library.isPresent()) {
            return Check.fail("Input hook", "its native library does not load: " + library.get());
        }
        return unavailable
                .map(reason -> Check.warn("Input hook", "library present with its dependencies, but no hook in this "
                        + "session: " + reason + " (away time is then judged by activity alone)"))
                .orElseGet(() -> Check.ok("Input hook", "library loads; keyboard and mouse counts are available"));
    }

    Check tray() {
        if (!Displays.available()) {
            return Check.warn("Tray", "no display in this session: the agent runs headless (API and CLI)");
        }
        try {
            boolean desktopSession = !env.getOrDefault("XDG_CURRENT_DESKTOP", "").isBlank()
                    && !env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank();
            if (desktopSession && AppIndicatorProvider.libraryInstalled()) {
                return Check.ok("Tray", "AppIndicator (StatusNotifierItem) through libayatana-appindicator3");
            }
            if (java.awt.SystemTray.isSupported()) {
                return Check.ok("Tray", "system tray (XEmbed) through java.awt.SystemTray");
            }
            return Check.warn("Tray", "no tray host in this session"
                    + (AppIndicatorProvider.libraryInstalled() ? "" : " and libayatana-appindicator3 is not installed")
                    + ": the dashboard opens as a window instead");
        } catch (Throwable e) { // a broken AWT/X11 set-up (a missing library) is what this check is for
            return Check.fail("Tray", "the desktop libraries do not load: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
