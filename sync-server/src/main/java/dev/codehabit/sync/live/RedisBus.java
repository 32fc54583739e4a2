package dev.codehabit.sync.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Pub/sub through Redis: every instance publishes to one channel and listens on it with a connection of its own
 * (a subscribed connection can do nothing else), reconnecting if Redis goes away.
 */
public final class RedisBus implements LiveBus {
    static final String CHANNEL = "codehabit:boards";
    private static final Logger LOG = LoggerFactory.getLogger(RedisBus.class);
    private final JedisPooled redis;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final JedisPubSub subscription = new JedisPubSub() {
        @Override
        public void onMessage(String channel, String message) {
            listeners.forEach(l -> l.accept(message));
        }
    };
    private final Thread thread;
    private volatile boolean open = true;

    public RedisBus(JedisPooled redis, URI uri) {
        this.redis = redis;
        this.thread = Thread.ofPlatform().daemon().name("redis-live").start(() -> listen(uri));
        awaitSubscribed();
    }

    /** Events published after start must reach this instance: wait (briefly) until the subscription is live. */
    private void awaitSubscribed() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!subscription.isSubscribed() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void listen(URI uri) {
        while (open) {
            try (Jedis connection = new Jedis(uri)) {
                connection.subscribe(subscription, CHANNEL);
            } catch (RuntimeException e) {
                if (open) {
                    LOG.warn("Live updates: Redis subscription lost, retrying in 1 s: {}", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void publish(String message) {
        redis.publish(CHANNEL, message);
    }

    @Override
    public void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        open = false;
        try {
            subscription.unsubscribe();
        } catch (RuntimeException notSubscribedYet) {
            // nothing to stop
        }
        thread.interrupt();
    }
}
