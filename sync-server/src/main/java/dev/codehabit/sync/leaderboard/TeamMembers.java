package dev.codehabit.sync.leaderboard;

import java.util.List;

/** The members of a team, for its board; refuses (403/404) a caller who is not a member. */
@FunctionalInterface
public interface TeamMembers {
    List<Long> membersFor(String slug, long callerAccountId);
}
