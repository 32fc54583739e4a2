package dev.codehabit.agent.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.Json;
import dev.codehabit.agent.support.DesktopFixture;
import dev.codehabit.agent.support.FxSnapshots;
import dev.codehabit.agent.ui.settings.SettingsWindow;
import dev.codehabit.agent.ui.theme.ThemeController;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → Bridges renders what BridgeSetup knows: bundled versions, last sightings, the install command. */
@ExtendWith(ApplicationExtension.class)
class BridgesSettingsTest {
    @TempDir
    Path dir;
    private DesktopFixture fixture;

    @Start
    void start(Stage ignored) throws IOException {
        bundle(dir.resolve("bridges"));
        fixture = new DesktopFixture(dir, 0);
        ObjectMapper json = Json.mapper();
        double fiveMinutesAgo = System.currentTimeMillis() / 1000.0 - 300;
        fixture.services().ingest().ingestJson(List.of(json.readTree("{\"entity\":\"/src/a/Main.java\",\"type\":\"file\","
                + "\"time\":" + fiveMinutesAgo + ",\"project\":\"a\",\"user_agent\":\"codehabit-vscode/0.1.0 Code/1.95.0\"}")));
        ThemeController theme = new ThemeController(choice -> { });
        theme.use("light");
        new SettingsWindow(fixture.desktop(), theme, Executors.newSingleThreadExecutor(), ThemeController.STYLESHEET,
                () -> { }).showOrRaise();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showsEachBridgeWithItsVersionSightingAndInstallCommand(FxRobot robot) {
        robot.clickOn("#tab-bridges");
        assertThat(robot.lookup("#bridge-vscode-seen").queryAs(Label.class).getText())
                .isEqualTo("Seen 5 minutes ago (codehabit-vscode/0.1.0 Code/1.95.0)");
        assertThat(robot.lookup("#bridge-browser-seen").queryAs(Label.class).getText()).isEqualTo("Not seen in the last 7 days");
        assertThat(robot.lookup(".card-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Browser extension 0.1.0", "VS Code extension 0.1.0");
        String command = "code --install-extension " + dir.resolve("bridges/vscode/codehabit.vsix");
        assertThat(robot.lookup("#bridge-vscode-command").queryAs(Label.class).getText()).isEqualTo(command);

        Path shot = Path.of("target", "screenshots", "settings-bridges-light.png");
        javafx.scene.Scene scene = robot.lookup("#bridge-vscode-command").query().getScene();
        robot.interact(() -> FxSnapshots.save(scene, shot));
        assertThat(shot).isNotEmptyFile();

        robot.clickOn("#bridge-vscode-copy");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(command);
        assertThat(robot.lookup("#settings-status").queryAs(Label.class).getText()).isEqualTo("Copied " + command);
    }

    private static void bundle(Path bridges) {
        try {
            Files.createDirectories(bridges.resolve("browser/unpacked"));
            Files.writeString(bridges.resolve("browser/unpacked/manifest.json"), "{\"manifest_version\":3,\"version\":\"0.1.0\"}");
            Files.writeString(bridges.resolve("browser/codehabit-browser-bridge-0.1.0-chrome.zip"), "zip");
            Files.createDirectories(bridges.resolve("vscode"));
            try (var zip = new ZipOutputStream(Files.newOutputStream(bridges.resolve("vscode/codehabit.vsix")))) {
                zip.putNextEntry(new ZipEntry("extension/package.json"));
                zip.write("{\"name\":\"codehabit\",\"version\":\"0.1.0\"}".getBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
