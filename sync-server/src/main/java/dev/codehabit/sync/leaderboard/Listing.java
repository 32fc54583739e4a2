package dev.codehabit.sync.leaderboard;

/**
 * The privacy choices that matter to boards (a copy of the account's privacy settings, kept by the privacy
 * listener). Everything is off until the user opts in.
 */
public record Listing(boolean leaderboards, boolean showLanguages, boolean publicProfile, boolean anonymous,
                      boolean teamsOnly) {
    public static final Listing NOT_LISTED = new Listing(false, false, false, false, false);
}
