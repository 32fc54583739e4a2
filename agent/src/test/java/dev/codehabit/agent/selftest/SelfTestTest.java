package dev.codehabit.agent.selftest;

import dev.codehabit.agent.Json;
import dev.codehabit.agent.bridges.BridgeBundle;
import dev.codehabit.agent.idle.HookEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-test on a real store and a real API, against bundles that are whole, stale or missing. */
class SelfTestTest {
    @TempDir
    Path dir;

    private List<Check> run(BridgeBundle bundle, String version) throws IOException {
        // No display: the session's limits are warnings, and the hook library is only checked with ldd.
        return new SelfTest(bundle, new HookEnvironment("Linux", Map.of()), Map.of(), version, Json.mapper(),
                Clock.systemUTC()).run();
    }

    private Path bundle(String browserVersion, String vsixVersion) throws IOException {
        Path bridges = dir.resolve("bridges");
        Files.createDirectories(bridges.resolve("browser/unpacked"));
        Files.writeString(bridges.resolve("browser/unpacked/manifest.json"), "{\"version\":\"" + browserVersion + "\"}");
        Files.writeString(bridges.resolve("browser/codehabit-browser-bridge-" + browserVersion + "-chrome.zip"), "zip");
        Files.createDirectories(bridges.resolve("vscode"));
        try (var zip = new ZipOutputStream(Files.newOutputStream(bridges.resolve("vscode/codehabit.vsix")))) {
            zip.putNextEntry(new ZipEntry("extension/package.json"));
            zip.write(("{\"version\":\"" + vsixVersion + "\"}").getBytes());
        }
        return bridges;
    }

    private static Check.Status status(List<Check> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().status();
    }

    @Test
    void aWholeCopyPassesWithTheSessionsLimitsAsWarnings() throws IOException {
        var bundle = BridgeBundle.locate(Optional.of(bundle("0.3.0", "0.3.0").toString()), dir);
        List<Check> checks = run(bundle, "0.3.0-SNAPSHOT");
        assertThat(checks).extracting(Check::name)
                .containsExactly("Database", "Local API", "Browser extension", "VS Code extension", "Input hook", "Tray");
        assertThat(checks).filteredOn(c -> c.status() == Check.Status.FAIL).isEmpty();
        assertThat(status(checks, "Input hook")).isEqualTo(Check.Status.WARN);
        assertThat(status(checks, "Tray")).isEqualTo(Check.Status.WARN);
        StringWriter out = new StringWriter();
        assertThat(SelfTestReport.print("0.3.0-SNAPSHOT", checks, new PrintWriter(out))).isZero();
        assertThat(out.toString()).contains("OK    Local API", "All checks passed (2 warnings");
    }

    @Test
    void aBridgeOfAnotherVersionFailsTheTest() throws IOException {
        var bundle = BridgeBundle.locate(Optional.of(bundle("0.3.0", "0.2.9").toString()), dir);
        List<Check> checks = run(bundle, "0.3.0");
        assertThat(status(checks, "Browser extension")).isEqualTo(Check.Status.OK);
        Check vsix = checks.stream().filter(c -> c.name().equals("VS Code extension")).findFirst().orElseThrow();
        assertThat(vsix.status()).isEqualTo(Check.Status.FAIL);
        assertThat(vsix.detail()).startsWith("version 0.2.9 does not match the app's 0.3.0");
        assertThat(SelfTestReport.print("0.3.0", checks, new PrintWriter(new StringWriter()))).isEqualTo(SelfTestReport.FAILED);
    }

    @Test
    void inTheBuildTreeAMissingBridgeNamesTheCommandThatBuildsIt() throws IOException {
        var tree = BridgeBundle.locate(Optional.empty(), dir.resolve("repo/agent/target/codehabit-agent.jar"));
        List<Check> checks = run(tree, "0.3.0");
        Check browser = checks.stream().filter(c -> c.name().equals("Browser extension")).findFirst().orElseThrow();
        assertThat(browser.status()).isEqualTo(Check.Status.FAIL);
        assertThat(browser.detail()).contains("browser-bridge/dist/unpacked",
                "build it: ./mvnw -B -pl browser-bridge -am package -DskipTests");
        assertThat(status(checks, "Database")).isEqualTo(Check.Status.OK);
    }
}
