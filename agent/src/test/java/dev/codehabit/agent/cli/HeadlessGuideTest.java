package dev.codehabit.agent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless start's next steps point at the bridges where they are, and at the command that builds them. */
class HeadlessGuideTest {
    @TempDir
    Path checkout;

    @Test
    void inACheckoutWithBuiltBridgesItNamesTheirFiles() throws Exception {
        Files.createDirectories(checkout.resolve("browser-bridge/dist/unpacked"));
        Files.createDirectories(checkout.resolve("ide-bridge/dist"));
        Files.writeString(checkout.resolve("ide-bridge/dist/codehabit.vsix"), "zip");
        BridgeFiles bridges = BridgeFiles.of(checkout.resolve("agent/target/codehabit-agent.jar"));
        String text = new HeadlessGuide(bridges, " --data-dir /d").text(HeadlessGuide.Why.NO_DISPLAY);
        assertThat(text).startsWith("Running headless (no display found: DISPLAY and WAYLAND_DISPLAY are unset)")
                .contains("Load unpacked: " + checkout.resolve("browser-bridge/dist/unpacked"))
                .contains("code --install-extension " + checkout.resolve("ide-bridge/dist/codehabit.vsix"))
                .contains("./codehabit pair CODE --data-dir /d")
                .contains("./codehabit wakatime-config --data-dir /d")
                .doesNotContain("build-bridges");
    }

    @Test
    void inACheckoutWithoutThemItGivesTheBuildCommand() throws Exception {
        Files.createDirectories(checkout.resolve("browser-bridge"));
        String text = new HeadlessGuide(BridgeFiles.of(checkout.resolve("agent/target/classes")), "")
                .text(HeadlessGuide.Why.ASKED);
        assertThat(text).startsWith("Running headless (--headless was given)")
                .contains(checkout.resolve("browser-bridge/dist/unpacked") + " (build them: ./codehabit build-bridges)")
                .contains("./codehabit pair CODE\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void anInstalledAgentPointsAtTheDocsAndThePlainCommand() {
        BridgeFiles none = BridgeFiles.of(checkout.resolve("opt/codehabit/lib/codehabit-agent.jar"));
        HeadlessGuide guide = new HeadlessGuide(none, "");
        assertThat(guide.text(HeadlessGuide.Why.NO_DISPLAY)).contains("see docs/browser-bridge.md")
                .contains(" codehabit pair CODE");
        assertThat(guide.pairingRequest("Chromium on Linux", "123-456"))
                .isEqualTo("Chromium on Linux asks to pair, code 123-456: approve with `codehabit pair 123-456` in "
                        + "another terminal (the request expires in 5 minutes).");
    }
}
