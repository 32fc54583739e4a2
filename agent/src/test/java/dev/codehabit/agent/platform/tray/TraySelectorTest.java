package dev.codehabit.agent.platform.tray;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TraySelectorTest {
    private static final TrayMenu MENU = new TrayMenu(TrayState.TRACKING, "CodeHabit", List.of());

    @Test
    void theFirstAvailableProviderThatWorksWins() {
        var selector = new TraySelector(List.of(provider("appindicator", false, false), provider("broken", true, true),
                provider("awt", true, false)));
        try (var log = dev.codehabit.agent.support.CapturedLog.of(TraySelector.class)) {
            assertThat(selector.show(MENU)).map(TraySelector.Shown::provider).contains("awt");
            assertThat(log.lines()).contains("Tray provider broken failed: refused");
        }
    }

    @Test
    void noWorkingProviderMeansNoTray() {
        assertThat(new TraySelector(List.of(provider("awt", false, false))).show(MENU)).isEmpty();
    }

    @Test
    void iconsAreDrawnForEveryStateAndSize() {
        for (TrayState s : TrayState.values()) {
            var img = TrayIconImages.render(s, 22);
            assertThat(img.getWidth()).isEqualTo(22);
            assertThat(img.getRGB(11, 11) >>> 24).as("centre of %s is opaque", s).isGreaterThan(0);
        }
    }

    private static TrayProvider provider(String name, boolean available, boolean fails) {
        return new TrayProvider() {
            public String name() { return name; }
            public boolean isAvailable() { return available; }
            public TrayIcon show(TrayMenu menu) {
                if (fails) {
                    throw new IllegalStateException("refused");
                }
                return new TrayIcon() {
                    public void update(TrayMenu m) { }
                    public void close() { }
                };
            }
        };
    }
}
