package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.desktop.FocusBlocklist;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Sites blocked during focus sessions (one per line) and the schedules that start sessions on their own. */
final class FocusSection {
    private final Optional<FocusBlocklist> blocklist;
    private final StatusLine status;

    FocusSection(Optional<FocusBlocklist> blocklist, StatusLine status) {
        this.blocklist = blocklist;
        this.status = status;
    }

    Node build() {
        if (blocklist.isEmpty()) {
            return Forms.notYet("Focus sessions already run from the tray (25, 50 or 90 minutes). Blocking sites "
                    + "during them and scheduled sessions arrive with the browser bridge.");
        }
        FocusBlocklist list = blocklist.get();
        TextArea domains = new TextArea(String.join("\n", list.blockedDomains()));
        domains.setId("blocklist");
        domains.setPrefRowCount(8);
        TextArea schedules = new TextArea(String.join("\n", list.schedules().stream()
                .map(s -> s.days() + " " + s.from() + "-" + s.to()).toList()));
        schedules.setPromptText("Mon-Fri 09:00-12:00");
        schedules.setPrefRowCount(4);
        Button save = new Button("Save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> status.apply("Focus settings", () -> {
            list.setBlockedDomains(lines(domains.getText()));
            list.setSchedules(lines(schedules.getText()).stream().map(FocusSection::schedule).toList());
        }));
        return Forms.section(new Label("Blocked during focus (one site per line)"), domains,
                new Label("Schedules (days HH:mm-HH:mm, one per line)"), schedules, save);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static FocusBlocklist.Schedule schedule(String line) {
        String[] parts = line.split("\\s+");
        String[] times = parts.length == 2 ? parts[1].split("-") : new String[0];
        if (times.length != 2 || !times[0].matches("\\d{2}:\\d{2}") || !times[1].matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("'" + line + "' is not like 'Mon-Fri 09:00-12:00'");
        }
        return new FocusBlocklist.Schedule(parts[0], times[0], times[1]);
    }
}
