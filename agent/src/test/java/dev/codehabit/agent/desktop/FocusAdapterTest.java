package dev.codehabit.agent.desktop;

import dev.codehabit.agent.support.Http;
import dev.codehabit.agent.support.TestAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tray's focus sessions and the focus settings go to issue 3's focus mode, as the browser sees it. */
class FocusAdapterTest {
    @Test
    void startFromTheTrayIsTheSessionTheBrowserBlocksFor(@TempDir Path dir) {
        try (TestAgent agent = new TestAgent(dir)) {
            FocusAdapter focus = new FocusAdapter(agent.core().focus());
            focus.setBlockedDomains(List.of("youtube.com"));
            focus.start(25);
            var state = Http.extension(agent, "GET", "/api/v1/focus", agent.token(), null).json();
            assertThat(state.get("active").asBoolean()).isTrue();
            assertThat(state.get("blocked_domains").toString()).contains("youtube.com");
            assertThatThrownBy(() -> focus.start(25)).hasMessageContaining("already running");
            focus.end();
            assertThat(Http.extension(agent, "GET", "/api/v1/focus", agent.token(), null).json().get("active").asBoolean())
                    .isFalse();
        }
    }

    @Test
    void schedulesRoundTripInTheSettingsFormat(@TempDir Path dir) {
        try (TestAgent agent = new TestAgent(dir)) {
            FocusAdapter focus = new FocusAdapter(agent.core().focus());
            focus.setSchedules(List.of(new FocusBlocklist.Schedule("Mon-Fri", "09:00", "12:00")));
            assertThat(focus.schedules()).containsExactly(
                    new FocusBlocklist.Schedule("Mon,Tue,Wed,Thu,Fri", "09:00", "12:00"));
        }
    }

    @Test
    void weekdaysParseAsRangesAndLists() {
        assertThat(FocusAdapter.parseDays("Sat,Sun")).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(FocusAdapter.parseDays("Fri-Mon")).containsExactly(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThatThrownBy(() -> FocusAdapter.parseDays("Funday")).hasMessageContaining("not a weekday");
    }
}
