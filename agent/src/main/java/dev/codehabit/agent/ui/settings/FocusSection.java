package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.focus.FocusService;
import dev.codehabit.agent.focus.ScheduleText;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sites blocked during focus sessions (one per line) and the schedules that start sessions on their own, edited
 * on the focus service itself: what the text does not show (blocked categories) is kept as it is.
 */
final class FocusSection {
    private final Optional<FocusService> focus;
    private final StatusLine status;

    FocusSection(Optional<FocusService> focus, StatusLine status) {
        this.focus = focus;
        this.status = status;
    }

    Node build() {
        if (focus.isEmpty()) {
            return Forms.notYet("Focus sessions already run from the tray (25, 50 or 90 minutes). Blocking sites "
                    + "during them and scheduled sessions arrive with the browser bridge.");
        }
        FocusService service = focus.get();
        TextArea domains = new TextArea(String.join("\n", service.blocklist().domains()));
        domains.setId("blocklist");
        domains.setPrefRowCount(8);
        TextArea schedules = new TextArea(String.join("\n", service.schedules().stream().map(ScheduleText::format)
                .toList()));
        schedules.setId("focus-schedules");
        schedules.setPromptText("Mon-Fri 09:00-12:00");
        schedules.setPrefRowCount(4);
        Button save = new Button("Save");
        save.getStyleClass().add("accent");
        save.setId("focus-save");
        save.setOnAction(e -> status.apply("Focus settings", () -> {
            var parsed = lines(schedules.getText()).stream().map(ScheduleText::parse).toList(); // all or nothing
            service.replaceBlocklist(lines(domains.getText()), service.blocklist().categories());
            service.replaceSchedules(parsed);
        }));
        return Forms.section(new Label("Blocked during focus (one site per line)"), domains,
                new Label("Schedules (days HH:mm-HH:mm [strict], one per line)"), schedules, save);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
