package dev.codehabit.sync.team;

/** One account's place in one team. */
public record Membership(long teamId, long accountId, Role role) {
}
