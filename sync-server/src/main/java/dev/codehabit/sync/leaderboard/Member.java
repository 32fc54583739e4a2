package dev.codehabit.sync.leaderboard;

import java.time.ZoneId;
import java.util.Set;

/**
 * A user as the boards see them: the zone their day runs in (that of their latest upload), the privacy
 * choices that decide where they may appear, the admin's hide flag, and the language boards they are on.
 */
public record Member(long accountId, ZoneId zone, Listing listing, boolean hidden, Set<String> rankedLanguages) {
    /** On the global boards: opted in, not teams-only, not hidden. */
    public boolean global() {
        return listing.leaderboards() && !listing.teamsOnly() && !hidden;
    }

    /** On the boards of their teams: opted into either, not hidden. */
    public boolean onTeamBoards() {
        return (listing.leaderboards() || listing.teamsOnly()) && !hidden;
    }
}
