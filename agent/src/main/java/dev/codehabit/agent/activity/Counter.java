package dev.codehabit.agent.activity;

import java.util.Locale;

/**
 * The counts kept per day beside the time ({@code daily_counter.counter}): a name in code is a constant, so a typo
 * does not compile instead of reading as a silent zero.
 */
public enum Counter {
    HEARTBEATS,
    LINE_ADDITIONS,
    LINE_DELETIONS,
    GENERATED_ADDITIONS,
    AI_LINE_CHANGES,
    HUMAN_LINE_CHANGES,
    KEYSTROKES,
    CHARACTERS,
    TAB_SWITCHES,
    SAVES,
    /** Distinct files changed on the day. */
    FILES_MODIFIED;

    /** The name stored in the database, e.g. {@code line_additions}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
