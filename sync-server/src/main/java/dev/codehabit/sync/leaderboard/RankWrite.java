package dev.codehabit.sync.leaderboard;

/** Set a member's score in one ranking set; a score of 0 removes the member. */
public record RankWrite(String key, String member, double score) {
}
