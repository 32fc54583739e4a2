package dev.codehabit.agent.idle;

/** How much input happened in some interval: counts only, never which key or where. */
public record InputCounts(long keyPresses, long mouseClicks, long mouseMoves, long wheelEvents) {
    public static final InputCounts NONE = new InputCounts(0, 0, 0, 0);

    public long total() {
        return keyPresses + mouseClicks + mouseMoves + wheelEvents;
    }

    public InputCounts plus(InputCounts other) {
        return new InputCounts(keyPresses + other.keyPresses, mouseClicks + other.mouseClicks,
                mouseMoves + other.mouseMoves, wheelEvents + other.wheelEvents);
    }
}
