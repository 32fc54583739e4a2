package dev.codehabit.sync.leaderboard;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.ZAddParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.Tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Ranking sets as Redis sorted sets, shared by every instance. Each call is one pipelined round trip. */
public final class RedisRankStore implements RankStore {
    private static final String ZONES = "lb:zones";
    private static final int FILL_BATCH = 5_000;
    private static final long ZONES_FRESH_NANOS = 1_000_000_000L;
    private final JedisPooled redis;
    private volatile KnownZones knownZones = new KnownZones(System.nanoTime() - 2 * ZONES_FRESH_NANOS, Set.of());

    public RedisRankStore(JedisPooled redis) {
        this.redis = redis;
    }

    @Override
    public void write(List<RankWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        try (AbstractPipeline p = redis.pipelined()) {
            for (RankWrite w : writes) {
                if (w.score() > 0) {
                    p.zadd(w.key(), w.score(), w.member());
                } else {
                    p.zrem(w.key(), w.member());
                }
            }
            p.sync();
        }
    }

    @Override
    public void fill(String key, Map<String, Double> scores) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(scores.entrySet());
        for (int i = 0; i < entries.size(); i += FILL_BATCH) {
            Map<String, Double> batch = new java.util.HashMap<>();
            entries.subList(i, Math.min(entries.size(), i + FILL_BATCH)).forEach(e -> batch.put(e.getKey(), e.getValue()));
            redis.zadd(key, batch, ZAddParams.zAddParams().nx());
        }
    }

    @Override
    public List<Top> top(List<String> keys, int count) {
        List<Response<Long>> sizes = new ArrayList<>();
        List<Response<List<Tuple>>> firsts = new ArrayList<>();
        try (AbstractPipeline p = redis.pipelined()) {
            for (String key : keys) {
                sizes.add(p.zcard(key));
                firsts.add(p.zrevrangeWithScores(key, 0, count - 1L));
            }
            p.sync();
        }
        List<Top> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(new Top(sizes.get(i).get(), firsts.get(i).get().stream()
                    .map(t -> new Scored(t.getElement(), t.getScore())).toList()));
        }
        return out;
    }

    @Override
    public long countAbove(List<String> keys, double score) {
        List<Response<Long>> counts = new ArrayList<>();
        try (AbstractPipeline p = redis.pipelined()) {
            for (String key : keys) {
                counts.add(p.zcount(key, "(" + score, "+inf"));
            }
            p.sync();
        }
        return counts.stream().mapToLong(Response::get).sum();
    }

    @Override
    public OptionalDouble score(String key, String member) {
        Double s = redis.zscore(key, member);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    @Override
    public void addZones(Set<String> zones) {
        if (!zones.isEmpty() && !knownZones.zones.containsAll(zones)) {
            redis.sadd(ZONES, zones.toArray(String[]::new));
            Set<String> more = new HashSet<>(knownZones.zones);
            more.addAll(zones);
            knownZones = new KnownZones(knownZones.readAt, Set.copyOf(more));
        }
    }

    /**
     * Re-read at most once a second: a zone new to every instance appears with its first upload, and this
     * instance's own uploads add theirs to the copy at once.
     */
    @Override
    public Set<String> zones() {
        KnownZones known = knownZones;
        if (System.nanoTime() - known.readAt > ZONES_FRESH_NANOS) {
            known = new KnownZones(System.nanoTime(), Set.copyOf(redis.smembers(ZONES)));
            knownZones = known;
        }
        return known.zones;
    }

    private record KnownZones(long readAt, Set<String> zones) {
    }

    @Override
    public boolean claim(String name, Duration ttl) {
        return "OK".equals(redis.set("lb:claim:" + name, "1", SetParams.setParams().nx().px(ttl.toMillis())));
    }

    @Override
    public void drop(String pattern) {
        String cursor = ScanParams.SCAN_POINTER_START;
        Set<String> keys = new HashSet<>();
        do {
            ScanResult<String> page = redis.scan(cursor, new ScanParams().match(pattern).count(1000));
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        for (String key : keys) {
            redis.unlink(key);
        }
    }

    @Override
    public void close() {
        // the Redis client belongs to the composition root
    }
}
