package dev.codehabit.agent.config;

import dev.codehabit.agent.refusal.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.ZoneId;

/**
 * The user's settings. Unknown keys in the file are ignored (a newer agent may have written them),
 * missing keys take the defaults, so an installer can preset just the keys it cares about.
 *
 * @param keystrokeTimeoutSeconds heartbeats of one stream further apart than this do not join into one span
 * @param timeZone                days split at local midnight in this zone; "system" follows the OS
 * @param idleThresholdSeconds    no input for this long makes the user away (input hook)
 * @param dailyGoalMinutes        coding minutes a day the user aims for; 0 means no goal
 * @param audibleKeepsActive      a focused browser tab playing sound keeps web time counting while the input hook
 *                                says the user is away (watching a video); coding time is clipped all the same
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(
        @JsonProperty("keystroke_timeout_seconds") int keystrokeTimeoutSeconds,
        @JsonProperty("time_zone") String timeZone,
        @JsonProperty("idle_threshold_seconds") int idleThresholdSeconds,
        @JsonProperty("track_browser") boolean trackBrowser,
        @JsonProperty("track_ide") boolean trackIde,
        @JsonProperty("input_hook") boolean inputHook,
        @JsonProperty("theme") String theme,
        @JsonProperty("daily_goal_minutes") int dailyGoalMinutes,
        @JsonProperty("audible_keeps_active") boolean audibleKeepsActive) {

    public static final String SYSTEM_ZONE = "system";
    /** Four hours of coding a day: a sustainable target, and the goal the dashboard shows until the user sets one. */
    public static final int DEFAULT_DAILY_GOAL_MINUTES = 240;
    /** A whole day: the largest goal there can be. */
    public static final int MAX_DAILY_GOAL_MINUTES = 24 * 60;

    /** The longest keystroke timeout, and so the longest a heartbeat's duration can be. */
    public static final int MAX_KEYSTROKE_TIMEOUT_SECONDS = 3600;

    public static Settings defaults() {
        return new Settings(600, SYSTEM_ZONE, 180, true, true, true, "system", DEFAULT_DAILY_GOAL_MINUTES, true);
    }

    public Settings {
        if (keystrokeTimeoutSeconds < 60 || keystrokeTimeoutSeconds > MAX_KEYSTROKE_TIMEOUT_SECONDS) {
            throw new InvalidInputException("keystroke_timeout_seconds must be between 60 and "
                    + MAX_KEYSTROKE_TIMEOUT_SECONDS);
        }
        if (idleThresholdSeconds < 30 || idleThresholdSeconds > 3600) {
            throw new InvalidInputException("idle_threshold_seconds must be between 30 and 3600");
        }
        if (dailyGoalMinutes < 0 || dailyGoalMinutes > MAX_DAILY_GOAL_MINUTES) {
            throw new InvalidInputException("daily_goal_minutes must be between 0 (no goal) and "
                    + MAX_DAILY_GOAL_MINUTES);
        }
        timeZone = timeZone == null || timeZone.isBlank() ? SYSTEM_ZONE : timeZone;
        if (!timeZone.equals(SYSTEM_ZONE)) {
            ZoneId.of(timeZone); // throws a clear DateTimeException for an unknown zone
        }
        theme = theme == null || theme.isBlank() ? "system" : theme;
    }

    public ZoneId zone() {
        return timeZone.equals(SYSTEM_ZONE) ? ZoneId.systemDefault() : ZoneId.of(timeZone);
    }

    // One copy per setting the user can change, each through Copy; the constructor validates the result.

    public Settings withIdleThresholdSeconds(int value) {
        return with(c -> c.idleThresholdSeconds = value);
    }

    public Settings withTracking(boolean browser, boolean ide, boolean hook) {
        return with(c -> {
            c.trackBrowser = browser;
            c.trackIde = ide;
            c.inputHook = hook;
        });
    }

    public Settings withTheme(String value) {
        return with(c -> c.theme = value);
    }

    public Settings withDailyGoalMinutes(int value) {
        return with(c -> c.dailyGoalMinutes = value);
    }

    public Settings withKeystrokeTimeoutSeconds(int value) {
        return with(c -> c.keystrokeTimeoutSeconds = value);
    }

    public Settings withTimeZone(String value) {
        return with(c -> c.timeZone = value);
    }

    public Settings withAudibleKeepsActive(boolean value) {
        return with(c -> c.audibleKeepsActive = value);
    }

    private Settings with(java.util.function.Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    /** A mutable copy, only ever local to one {@link #with}: the one place that lists every field again. */
    private static final class Copy {
        int keystrokeTimeoutSeconds;
        String timeZone;
        int idleThresholdSeconds;
        boolean trackBrowser;
        boolean trackIde;
        boolean inputHook;
        String theme;
        int dailyGoalMinutes;
        boolean audibleKeepsActive;

        Copy(Settings s) {
            keystrokeTimeoutSeconds = s.keystrokeTimeoutSeconds;
            timeZone = s.timeZone;
            idleThresholdSeconds = s.idleThresholdSeconds;
            trackBrowser = s.trackBrowser;
            trackIde = s.trackIde;
            inputHook = s.inputHook;
            theme = s.theme;
            dailyGoalMinutes = s.dailyGoalMinutes;
            audibleKeepsActive = s.audibleKeepsActive;
        }

        Settings build() {
            return new Settings(keystrokeTimeoutSeconds, timeZone, idleThresholdSeconds, trackBrowser, trackIde,
                    inputHook, theme, dailyGoalMinutes, audibleKeepsActive);
        }
    }
}
