package dev.codehabit.sync.privacy;

/**
 * What an account shares. Everything is off until the user opts in, except {@code showLanguages}, which only
 * matters once they appear on a board at all.
 *
 * @param leaderboards  appear on the global boards (and team boards)
 * @param showLanguages list languages next to the name and appear on per-language boards
 * @param publicProfile badges and the public profile page answer for this user
 * @param anonymous     shown as a stable pseudonym ({@link Pseudonyms}) instead of the user name
 * @param teamsOnly     appear on the boards of one's teams, never on the global ones
 */
public record PrivacySettings(boolean leaderboards, boolean showLanguages, boolean publicProfile, boolean anonymous,
                              boolean teamsOnly) {
    public static final PrivacySettings DEFAULT = new PrivacySettings(false, true, false, false, false);

    /** On the global boards: opted in and not restricted to teams. */
    public boolean onGlobalBoards() {
        return leaderboards && !teamsOnly;
    }

    /** On the boards of the teams one belongs to. */
    public boolean onTeamBoards() {
        return leaderboards || teamsOnly;
    }
}
