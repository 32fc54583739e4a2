package dev.codehabit.agent.bridges;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.store.Database;
import dev.codehabit.agent.store.HeartbeatDao;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What Settings → Bridges shows and does: where each bundled bridge is, its version, whether it was heard from
 * lately, the VS Code-family editors on the PATH and the command that installs the .vsix into them.
 */
public final class BridgeSetup {
    /** A bridge heard from within this long counts as "seen recently". */
    public static final Duration RECENT = Duration.ofDays(7);
    private static final Duration INSTALL_DEADLINE = Duration.ofMinutes(2);
    /** Editors whose command line takes {@code --install-extension FILE}: command, name. */
    private static final List<Map.Entry<String, String>> EDITORS = List.of(
            Map.entry("code", "VS Code"), Map.entry("codium", "VSCodium"), Map.entry("code-server", "code-server"));

    private final BridgeBundle bundle;
    private final Database db;
    private final HeartbeatDao heartbeats;
    private final ObjectMapper json;
    private final Clock clock;
    private final String path;

    /** @param path the PATH to look for editors in (the agent's environment) */
    public BridgeSetup(BridgeBundle bundle, Database db, HeartbeatDao heartbeats, ObjectMapper json, Clock clock, String path) {
        this.bundle = bundle;
        this.db = db;
        this.heartbeats = heartbeats;
        this.json = json;
        this.clock = clock;
        this.path = path == null ? "" : path;
    }

    /** An editor found on the PATH. */
    public record Editor(String name, Path executable) {}

    /**
     * One bridge's state: {@code location} is what the user installs (the unpacked folder, the .vsix),
     * {@code version} empty when it is not bundled, {@code seen} the last heartbeat it sent within {@link #RECENT}.
     */
    public record Status(Bridge bridge, Path location, Optional<String> version, Optional<HeartbeatDao.Sighting> seen) {
        public Optional<Instant> seenAt() {
            return seen.map(s -> Instant.ofEpochMilli(Math.round(s.time() * 1000)));
        }
    }

    public Status status(Bridge bridge) {
        double since = clock.instant().minus(RECENT).toEpochMilli() / 1000.0;
        return switch (bridge) {
            case BROWSER -> new Status(bridge, bundle.browserUnpacked(), bundle.browserVersion(json),
                    seen(Heartbeat.Stream.WEB, "codehabit-browser/", since));
            case VSCODE -> new Status(bridge, bundle.vsix(), bundle.vsixVersion(json),
                    seen(Heartbeat.Stream.CODING, "codehabit-vscode/", since));
        };
    }

    /** "Seen 5 minutes ago (codehabit-vscode/0.1.0 Code/1.95.0)" or "Not seen in the last 7 days". */
    public String seenSummary(Status status) {
        return status.seen().map(s -> "Seen " + ago(Duration.between(status.seenAt().orElseThrow(), clock.instant()))
                        + " (" + s.userAgent() + ")")
                .orElse("Not seen in the last " + RECENT.toDays() + " days");
    }

    private static String ago(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute ago" : " minutes ago");
        }
        long hours = d.toHours();
        if (hours < 48) {
            return hours + (hours == 1 ? " hour ago" : " hours ago");
        }
        return d.toDays() + " days ago";
    }

    private Optional<HeartbeatDao.Sighting> seen(Heartbeat.Stream stream, String prefix, double since) {
        return db.read(c -> heartbeats.lastFrom(c, stream, prefix, since));
    }

    /** The browser extension's Web Store zip (for browsers that take a packed extension). */
    public Path browserZip() {
        return bundle.browserZip();
    }

    /** VS Code, VSCodium and code-server as found on the PATH, in that order. */
    public List<Editor> editors() {
        List<Editor> found = new ArrayList<>();
        for (var e : EDITORS) {
            onPath(e.getKey()).ifPresent(exe -> found.add(new Editor(e.getValue(), exe)));
        }
        return found;
    }

    private Optional<Path> onPath(String command) {
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : List.of(command, command + ".cmd", command + ".exe")) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The command to paste into a terminal: {@code code --install-extension '/opt/…/codehabit.vsix'}. */
    public String installCommand(String editorCommand) {
        return editorCommand + " --install-extension " + shellQuote(bundle.vsix().toString());
    }

    /** Installs the bundled .vsix into an editor; returns what the editor printed. */
    public String install(Editor editor) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(editor.executable().toString(), "--install-extension", bundle.vsix().toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(INSTALL_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(editor.name() + " did not finish installing within " + INSTALL_DEADLINE.toMinutes() + " minutes");
        }
        String said = new String(output).strip();
        if (p.exitValue() != 0) {
            throw new IOException(editor.name() + " refused the extension (exit " + p.exitValue() + "): " + lastLine(said));
        }
        return lastLine(said);
    }

    /** Opens a folder in the desktop's file manager. */
    public void openFolder(Path folder) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String opener = os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
        new ProcessBuilder(opener, folder.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.getLast();
    }

    static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./:=+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
