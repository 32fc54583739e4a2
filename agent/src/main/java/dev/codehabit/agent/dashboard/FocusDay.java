package dev.codehabit.agent.dashboard;

/** Focus sessions started on one local day: how many, and how long they actually ran. */
public record FocusDay(int sessions, double seconds) {
    public static final FocusDay NONE = new FocusDay(0, 0);
}
