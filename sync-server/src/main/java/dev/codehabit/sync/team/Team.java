package dev.codehabit.sync.team;

/** A team row. */
public record Team(long id, String slug, String name, String inviteCode) {
}
