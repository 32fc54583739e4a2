package dev.codehabit.agent.ui;

import dev.codehabit.agent.focus.FocusSchedule;
import dev.codehabit.agent.support.Http;
import dev.codehabit.agent.support.TestAgent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → Focus edits the focus service's own schedules: saving keeps what it does not show changed. */
@ExtendWith(ApplicationExtension.class)
class FocusFromTheDesktopTest {
    @TempDir
    Path dir;
    private TestAgent agent;

    @Start
    void start(Stage ignored) {
        agent = new TestAgent(dir);
        assertThat(Http.admin(agent, "PUT", "/api/v1/focus/schedules",
                "[{\"days\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\"], \"start\": \"09:00\","
                        + " \"end\": \"12:00\", \"strict\": true},"
                        + " {\"days\": [\"SATURDAY\"], \"start\": \"10:00\", \"end\": \"11:00\"}]").status())
                .isEqualTo(200);
        SettingsOnAgent.open(agent);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    /** Defect 1 of issue 11: saving any focus setting rewrote every schedule as non-strict. */
    @Test
    void aStrictScheduleStaysStrictWhenTheBlocklistIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#tab-focus");
        assertThat(robot.lookup("#focus-schedules").queryAs(TextArea.class).getText())
                .isEqualTo("Mon-Fri 09:00-12:00 strict\nSat 10:00-11:00");
        TextArea blocklist = robot.lookup("#blocklist").queryAs(TextArea.class);
        Path shot = Path.of("target", "screenshots", "settings-focus-light.png");
        robot.interact(() -> dev.codehabit.agent.support.FxSnapshots.save(blocklist.getScene(), shot));
        robot.interact(() -> blocklist.setText("youtube.com"));
        robot.clickOn("#focus-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#settings-status").queryAs(Label.class).getText().startsWith("Focus settings"));

        assertThat(robot.lookup("#settings-status").queryAs(Label.class).getText()).contains("saved");
        assertThat(agent.core().focus().blocklist().domains()).containsExactly("youtube.com");
        assertThat(agent.core().focus().schedules()).extracting(FocusSchedule::key)
                .containsExactly("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY 09:00-12:00 strict", "SATURDAY 10:00-11:00");
    }

    @Test
    void aScheduleMadeStrictInTheSettingsIsStrict(FxRobot robot) throws Exception {
        robot.clickOn("#tab-focus");
        TextArea schedules = robot.lookup("#focus-schedules").queryAs(TextArea.class);
        robot.interact(() -> schedules.setText("Sat,Sun 08:00-10:00 strict"));
        robot.clickOn("#focus-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#settings-status").queryAs(Label.class).getText().startsWith("Focus settings"));

        assertThat(agent.core().focus().schedules()).extracting(FocusSchedule::key)
                .containsExactly("SATURDAY,SUNDAY 08:00-10:00 strict");
    }
}
