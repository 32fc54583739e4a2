package dev.codehabit.agent.ui;

import dev.codehabit.agent.support.Http;
import dev.codehabit.agent.support.TestAgent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A site put into a category in the settings window is what the API's categories and the score then use. */
@ExtendWith(ApplicationExtension.class)
class WebsiteCategoriesFromTheDesktopTest {
    @TempDir
    Path dir;
    private TestAgent agent;

    @Start
    void start(Stage ignored) {
        agent = new TestAgent(dir);
        SettingsOnAgent.open(agent);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    @Test
    void aRuleAddedInTheTableReachesTheCategoryService(FxRobot robot) {
        robot.clickOn("#tab-websites");
        robot.clickOn("#site-domain").write("intranet.example.com");
        robot.clickOn("#site-category").write("Work Tools");
        @SuppressWarnings("unchecked")
        ComboBox<String> level = robot.lookup("#site-level").queryAs(ComboBox.class);
        robot.interact(() -> level.setValue("very_productive"));
        robot.clickOn("#site-save");

        var category = agent.core().categories().snapshot().categoryOf("intranet.example.com");
        assertThat(category).isPresent();
        assertThat(category.get().id()).isEqualTo("work-tools");
        assertThat(category.get().level()).isEqualTo(2);
        assertThat(robot.lookup("#site-table").queryAs(TableView.class).getItems()).hasSize(1);
        var api = Http.extension(agent, "GET", "/api/v1/categories", agent.token(), null);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("intranet.example.com").contains("work-tools");
    }
}
