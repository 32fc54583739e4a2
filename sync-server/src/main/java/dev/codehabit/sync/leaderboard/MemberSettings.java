package dev.codehabit.sync.leaderboard;

/** Reads an account's privacy choices (owned by the privacy feature) when a member is first seen. */
@FunctionalInterface
public interface MemberSettings {
    Listing of(long accountId);
}
