package dev.codehabit.agent.commits;

/**
 * A commit with the coding time that led to it.
 *
 * @param since         start of the window: the project's previous commit, or {@link CommitService#FIRST_WINDOW_SECONDS}
 *                      before the commit when there is none
 * @param codingSeconds coding time on the commit's project and branch in {@code [since, commit time)}
 */
public record CommitReport(Commit commit, double since, boolean sincePreviousCommit, double codingSeconds) {}
