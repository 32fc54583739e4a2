package dev.codehabit.agent.ui.settings;

import dev.codehabit.agent.config.Settings;

/** Copies of the settings with one value changed (the record's constructor validates). */
final class SettingsEdits {
    private SettingsEdits() {}

    static Settings theme(Settings s, String theme) {
        return new Settings(s.keystrokeTimeoutSeconds(), s.timeZone(), s.idleThresholdSeconds(), s.trackBrowser(),
                s.trackIde(), s.inputHook(), theme, s.dailyGoalMinutes(), s.audibleKeepsActive());
    }

    static Settings idleThreshold(Settings s, int seconds) {
        return new Settings(s.keystrokeTimeoutSeconds(), s.timeZone(), seconds, s.trackBrowser(), s.trackIde(),
                s.inputHook(), s.theme(), s.dailyGoalMinutes(), s.audibleKeepsActive());
    }

    static Settings tracking(Settings s, boolean browser, boolean ide, boolean hook) {
        return new Settings(s.keystrokeTimeoutSeconds(), s.timeZone(), s.idleThresholdSeconds(), browser, ide, hook,
                s.theme(), s.dailyGoalMinutes(), s.audibleKeepsActive());
    }

    static Settings dailyGoal(Settings s, int minutes) {
        return new Settings(s.keystrokeTimeoutSeconds(), s.timeZone(), s.idleThresholdSeconds(), s.trackBrowser(),
                s.trackIde(), s.inputHook(), s.theme(), minutes, s.audibleKeepsActive());
    }
}
