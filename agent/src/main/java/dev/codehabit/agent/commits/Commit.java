package dev.codehabit.agent.commits;

/**
 * A git commit as a bridge reports it: what changed in numbers, never the message or the diff.
 *
 * @param time commit time, epoch seconds
 */
public record Commit(String hash, String project, String branch, int filesChanged, int insertions, int deletions,
                     double time, String source) {}
