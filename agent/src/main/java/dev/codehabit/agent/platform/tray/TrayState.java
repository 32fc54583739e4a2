package dev.codehabit.agent.platform.tray;

/** What the icon tells at a glance. */
public enum TrayState {
    TRACKING("Tracking", 0x2E9E5B),
    PAUSED("Paused", 0x8A8F98),
    FOCUS("Focus session", 0x6E56CF),
    ERROR("Agent error", 0xD1453B);

    private final String label;
    private final int rgb;

    TrayState(String label, int rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    public String label() {
        return label;
    }

    public int rgb() {
        return rgb;
    }
}
