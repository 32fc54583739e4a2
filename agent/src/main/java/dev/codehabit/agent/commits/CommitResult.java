package dev.codehabit.agent.commits;

/** The outcome for one reported commit, in request order. */
public sealed interface CommitResult {
    /** Stored now, or already stored earlier ({@code duplicate}: then {@code commit} is the stored one). */
    record Stored(Commit commit, boolean duplicate) implements CommitResult {}

    record Rejected(String reason) implements CommitResult {}
}
