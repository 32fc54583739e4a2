package dev.codehabit.agent.bridges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.Json;
import dev.codehabit.agent.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings → Bridges' logic over a real store, real bundle files and real processes standing in for editors. */
class BridgeSetupTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final ObjectMapper json = Json.mapper();
    @TempDir
    Path dir;
    private Services services;
    private BridgeBundle bundle;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        services = new Services(dir.resolve("data"), Clock.fixed(NOW, ZoneOffset.UTC));
        Path bridges = dir.resolve("opt/bridges");
        Files.createDirectories(bridges.resolve("browser/unpacked"));
        Files.writeString(bridges.resolve("browser/unpacked/manifest.json"), "{\"manifest_version\":3,\"version\":\"0.1.0\"}");
        Files.writeString(bridges.resolve("browser/codehabit-browser-bridge-0.1.0-chrome.zip"), "zip");
        Files.createDirectories(bridges.resolve("vscode"));
        try (var zip = new ZipOutputStream(Files.newOutputStream(bridges.resolve("vscode/codehabit.vsix")))) {
            zip.putNextEntry(new ZipEntry("extension/package.json"));
            zip.write("{\"name\":\"codehabit\",\"version\":\"0.1.0\"}".getBytes());
        }
        bundle = BridgeBundle.locate(Optional.of(bridges.toString()), dir.resolve("ignored.jar"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private BridgeSetup setup(String path) {
        return new BridgeSetup(bundle, services.database(), services.heartbeats(), json,
                Clock.fixed(NOW, ZoneOffset.UTC), path);
    }

    private void ingest(String body) throws IOException {
        JsonNode node = json.readTree(body);
        assertThat(services.ingest().ingestJson(List.of(node))).hasSize(1);
    }

    private static double secondsAgo(Duration d) {
        return NOW.minus(d).toEpochMilli() / 1000.0;
    }

    @Test
    void aBridgeIsSeenFromItsOwnHeartbeatsWithinAWeek() throws IOException {
        ingest("{\"entity\":\"/src/a/Main.java\",\"type\":\"file\",\"time\":" + secondsAgo(Duration.ofMinutes(5))
                + ",\"project\":\"a\",\"language\":\"Java\",\"user_agent\":\"codehabit-vscode/0.1.0 Code/1.95.0\"}");
        // A WakaTime plugin's heartbeat, later, is not the bridge; nor is a browser heartbeat older than a week.
        ingest("{\"entity\":\"/src/a/Other.java\",\"type\":\"file\",\"time\":" + secondsAgo(Duration.ofMinutes(1))
                + ",\"project\":\"a\",\"user_agent\":\"wakatime/v1.90 (linux) vim/9.0 vim-wakatime/11\"}");
        ingest("{\"entity\":\"github.com\",\"type\":\"domain\",\"category\":\"browsing\",\"source\":\"browser\",\"time\":"
                + secondsAgo(Duration.ofDays(8)) + ",\"user_agent\":\"codehabit-browser/0.1.0 chrome\"}");

        BridgeSetup setup = setup("");
        BridgeSetup.Status vscode = setup.status(Bridge.VSCODE);
        assertThat(vscode.version()).contains("0.1.0");
        assertThat(vscode.location()).isEqualTo(bundle.vsix());
        assertThat(setup.seenSummary(vscode)).isEqualTo("Seen 5 minutes ago (codehabit-vscode/0.1.0 Code/1.95.0)");

        BridgeSetup.Status browser = setup.status(Bridge.BROWSER);
        assertThat(browser.version()).contains("0.1.0");
        assertThat(browser.seen()).isEmpty();
        assertThat(setup.seenSummary(browser)).isEqualTo("Not seen in the last 7 days");
    }

    @Test
    void aRecentBrowserHeartbeatCountsForTheBrowserBridgeOnly() throws IOException {
        ingest("{\"entity\":\"github.com\",\"type\":\"domain\",\"category\":\"browsing\",\"source\":\"browser\",\"time\":"
                + secondsAgo(Duration.ofHours(3)) + ",\"user_agent\":\"codehabit-browser/0.1.0 chromium\"}");
        BridgeSetup setup = setup("");
        assertThat(setup.seenSummary(setup.status(Bridge.BROWSER))).isEqualTo("Seen 3 hours ago (codehabit-browser/0.1.0 chromium)");
        assertThat(setup.status(Bridge.VSCODE).seen()).isEmpty();
    }

    @Test
    void editorsAreTheExecutableOnesOnThePath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path other = Files.createDirectories(dir.resolve("other"));
        script(other.resolve("codium"), "exit 0");
        Files.writeString(bin.resolve("code"), "not executable");
        assertThat(setup(bin + ":" + other).editors())
                .containsExactly(new BridgeSetup.Editor("VSCodium", other.resolve("codium")));
    }

    @Test
    void installingRunsTheEditorWithTheBundledVsix() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path args = dir.resolve("args.txt");
        script(bin.resolve("code"), "echo \"$@\" > '" + args + "'\necho 'Installing extensions...'\n"
                + "echo \"Extension 'codehabit.vsix' was successfully installed.\"");
        BridgeSetup setup = setup(bin.toString());
        BridgeSetup.Editor code = setup.editors().getFirst();
        assertThat(setup.install(code)).isEqualTo("Extension 'codehabit.vsix' was successfully installed.");
        assertThat(Files.readString(args).strip()).isEqualTo("--install-extension " + bundle.vsix());
    }

    @Test
    void aRefusedInstallSaysWhatTheEditorSaid() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        script(bin.resolve("code-server"), "echo 'Failed Installing Extensions: corrupt vsix' >&2\nexit 1");
        BridgeSetup setup = setup(bin.toString());
        assertThatThrownBy(() -> setup.install(setup.editors().getFirst()))
                .hasMessage("code-server refused the extension (exit 1): Failed Installing Extensions: corrupt vsix");
    }

    @Test
    void theInstallCommandQuotesAPathWithSpaces() {
        assertThat(BridgeSetup.shellQuote("/opt/code habit/it's.vsix")).isEqualTo("'/opt/code habit/it'\\''s.vsix'");
        assertThat(setup("").installCommand("code")).isEqualTo("code --install-extension " + bundle.vsix());
    }

    @Test
    void theBuildTreeBundleIsTheBridgesDistFolders() {
        Path repo = dir.resolve("repo");
        BridgeBundle tree = BridgeBundle.locate(Optional.empty(), repo.resolve("agent/target/codehabit-agent.jar"));
        assertThat(tree.installed()).isFalse();
        assertThat(tree.browserUnpacked()).isEqualTo(repo.resolve("browser-bridge/dist/unpacked"));
        assertThat(tree.vsix()).isEqualTo(repo.resolve("ide-bridge/dist/codehabit.vsix"));
        assertThat(tree.browserVersion(json)).isEmpty();
        assertThat(tree.vsixVersion(json)).isEmpty();
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
