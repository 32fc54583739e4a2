package dev.codehabit.sync.leaderboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Ranking sets in this process, for the one-process default (no Redis): the same structure as in Redis,
 * rebuilt from the database at start, so the boards read the same way.
 */
public final class MemoryRankStore implements RankStore {
    private final Map<String, SortedSet> sets = new ConcurrentHashMap<>();
    private final Set<String> zones = ConcurrentHashMap.newKeySet();
    private final Set<String> claims = ConcurrentHashMap.newKeySet();

    @Override
    public void write(List<RankWrite> writes) {
        for (RankWrite w : writes) {
            SortedSet set = sets.computeIfAbsent(w.key(), k -> new SortedSet());
            set.put(w.member(), w.score(), true);
        }
    }

    @Override
    public void fill(String key, Map<String, Double> scores) {
        SortedSet set = sets.computeIfAbsent(key, k -> new SortedSet());
        scores.forEach((member, score) -> set.put(member, score, false));
    }

    @Override
    public List<Top> top(List<String> keys, int count) {
        List<Top> out = new ArrayList<>();
        for (String key : keys) {
            SortedSet set = sets.get(key);
            out.add(set == null ? new Top(0, List.of()) : set.top(count));
        }
        return out;
    }

    @Override
    public long countAbove(List<String> keys, double score) {
        long n = 0;
        for (String key : keys) {
            SortedSet set = sets.get(key);
            n += set == null ? 0 : set.countAbove(score);
        }
        return n;
    }

    @Override
    public OptionalDouble score(String key, String member) {
        SortedSet set = sets.get(key);
        return set == null ? OptionalDouble.empty() : set.score(member);
    }

    @Override
    public void addZones(Set<String> zones) {
        this.zones.addAll(zones);
    }

    @Override
    public Set<String> zones() {
        return Set.copyOf(zones);
    }

    @Override
    public boolean claim(String name, Duration ttl) {
        return claims.add(name);
    }

    @Override
    public void drop(String pattern) {
        Pattern glob = Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
        sets.keySet().removeIf(k -> glob.matcher(k).matches());
    }

    @Override
    public void close() {
        sets.clear();
    }

    /** One ranking set: members by score, and each member's score. */
    private static final class SortedSet {
        private final TreeSet<Scored> order = new TreeSet<>(Scored.BOARD_ORDER);
        private final Map<String, Double> scores = new HashMap<>();

        synchronized void put(String member, double score, boolean replace) {
            Double old = scores.get(member);
            if (old != null && !replace) {
                return;
            }
            if (old != null) {
                order.remove(new Scored(member, old));
                scores.remove(member);
            }
            if (score > 0) {
                order.add(new Scored(member, score));
                scores.put(member, score);
            }
        }

        synchronized Top top(int count) {
            List<Scored> first = new ArrayList<>(Math.min(count, order.size()));
            for (Scored s : order) {
                if (first.size() == count) {
                    break;
                }
                first.add(s);
            }
            return new Top(order.size(), first);
        }

        synchronized long countAbove(double score) {
            // headSet is a view: its size() walks it, fine for the one-process scale (thousands of members)
            return order.headSet(new Scored("\uffff", score), false).size();
        }

        synchronized OptionalDouble score(String member) {
            Double s = scores.get(member);
            return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
        }
    }
}
