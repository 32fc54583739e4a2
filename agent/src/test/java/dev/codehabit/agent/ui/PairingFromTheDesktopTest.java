package dev.codehabit.agent.ui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.Http;
import dev.codehabit.agent.support.TestAgent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bridge asks to pair over the real localhost API; the user approves it in the settings window; the bridge
 * then collects a token that the API accepts.
 */
@ExtendWith(ApplicationExtension.class)
class PairingFromTheDesktopTest {
    @TempDir
    Path dir;
    private TestAgent agent;
    private String requestId;

    @Start
    void start(Stage ignored) {
        agent = new TestAgent(dir);
        TestAgent.Response asked = Http.extension(agent, "POST", "/api/v1/pairing", null,
                "{\"client\": \"chrome\", \"name\": \"Chrome on laptop\"}");
        assertThat(asked.status()).isEqualTo(202);
        requestId = asked.json().get("id").asText();
        SettingsOnAgent.open(agent);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    @Test
    void approvingInTheSettingsWindowLetsTheBridgeCollectAWorkingToken(FxRobot robot) {
        assertThat(collect().get("status").asText()).isEqualTo("pending");
        robot.clickOn("#tab-paired-clients");
        robot.clickOn("#pairing-approve");

        JsonNode collected = collect();
        assertThat(collected.get("status").asText()).isEqualTo("approved");
        String token = collected.get("token").asText();
        TestAgent.Response withToken = Http.extension(agent, "GET", "/api/v1/stats", token, null);
        assertThat(withToken.status()).as(withToken.body()).isEqualTo(200);
        assertThat(robot.lookup("#pairing-revoke").tryQuery()).as("now listed as paired").isPresent();

        // with none left, the list says how to get one
        robot.clickOn("#pairing-revoke");
        assertThat(robot.lookup("#pairing-how").queryAs(javafx.scene.control.Label.class).getText())
                .contains("./codehabit build-bridges").contains("press Pair in its popup").contains("codehabit.vsix");
        robot.interact(() -> dev.codehabit.agent.support.FxSnapshots.save(robot.lookup("#pairing-how").query().getScene(),
                java.nio.file.Path.of("target", "screenshots", "settings-paired-clients-empty-light.png")));
    }

    private JsonNode collect() {
        return Http.extension(agent, "GET", "/api/v1/pairing/" + requestId, null, null).json();
    }
}
