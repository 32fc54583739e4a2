package dev.codehabit.sync.account;

/** What other features show of an account: its (lower-case) user name and its display name. */
public record AccountSummary(long id, String username, String displayName) {}
