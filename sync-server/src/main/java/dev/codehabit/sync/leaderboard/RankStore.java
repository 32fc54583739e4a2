package dev.codehabit.sync.leaderboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The ranking sets: Redis sorted sets when Redis is configured (shared by every instance), else an in-process
 * copy of the same structure rebuilt from the database at start. Only {@link BoardIndex} writes them.
 */
public interface RankStore extends AutoCloseable {
    /** Applies the writes in one round trip. */
    void write(List<RankWrite> writes);

    /** Adds members not yet in the set (a build from the database never overwrites a newer upload's score). */
    void fill(String key, Map<String, Double> scores);

    /** For each key, its size and its first {@code count} members in board order. */
    List<Top> top(List<String> keys, int count);

    /** How many members of these sets score strictly more than {@code score}. */
    long countAbove(List<String> keys, double score);

    OptionalDouble score(String key, String member);

    /** The zones members' days run in, so readers know which sets are live. */
    void addZones(Set<String> zones);

    Set<String> zones();

    /** True for exactly one caller across instances until {@code ttl} passes: who builds a date's sets. */
    boolean claim(String name, Duration ttl);

    /** Drops every set matching the pattern (a date no zone can be on any more). */
    void drop(String pattern);

    @Override
    void close();

    record Top(long size, List<Scored> first) {
    }
}
