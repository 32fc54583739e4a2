package dev.codehabit.sync.redis;

import redis.clients.jedis.JedisPooled;

import java.net.URI;

/**
 * The connection to Redis when one is configured (scale-out mode): one pooled client per instance, shared by
 * every feature that keeps cross-instance state there (rankings, rate-limit buckets, live-update fan-out).
 * Without Redis the server runs as one process and those features use their in-process implementations.
 */
public final class Redis implements AutoCloseable {
    private final URI uri;
    private final JedisPooled client;

    public Redis(String uri) {
        this.uri = URI.create(uri);
        if (!"redis".equals(this.uri.getScheme()) && !"rediss".equals(this.uri.getScheme())) {
            throw new IllegalArgumentException("--redis must be a redis:// or rediss:// URI, was " + uri);
        }
        this.client = new JedisPooled(this.uri);
    }

    public JedisPooled client() {
        return client;
    }

    /** For subscribers, which need a connection of their own (a subscribed connection can do nothing else). */
    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        client.close();
    }
}
