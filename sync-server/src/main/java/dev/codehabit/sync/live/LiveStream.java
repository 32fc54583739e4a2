package dev.codehabit.sync.live;

import dev.codehabit.sync.http.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.sse.SseClient;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /api/v1/leaderboards/stream} (SSE, public like the boards): an open board hears "ranks" whenever an
 * accepted upload, a privacy change or a hide changed any board, on any instance, and then reloads its page.
 * Changes are gathered for {@link #FLUSH_MS} ms and sent as one event, so a burst of uploads is one message.
 */
public final class LiveStream implements Routes, AutoCloseable {
    static final long FLUSH_MS = 100;
    private static final long KEEP_ALIVE_S = 15;
    private final LiveBus bus;
    private final Clock clock;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pending = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-flush").factory());

    public LiveStream(LiveBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
        bus.subscribe(this::deliver);
        timer.scheduleAtFixedRate(this::flush, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(() -> clients.forEach(c -> c.sendComment("keep-alive")), KEEP_ALIVE_S, KEEP_ALIVE_S, TimeUnit.SECONDS);
    }

    /** A board changed (called after the change is committed). */
    public void changed(long accountId) {
        pending.incrementAndGet();
    }

    private void flush() {
        int changes = pending.getAndSet(0);
        if (changes > 0) {
            try {
                bus.publish("{\"event\":\"ranks\",\"changes\":" + changes + ",\"at\":" + clock.millis() + "}");
            } catch (RuntimeException e) {
                pending.addAndGet(changes);
            }
        }
    }

    private void deliver(String message) {
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent("ranks", message);
            }
        }
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.sse("/api/v1/leaderboards/stream", client -> {
            client.keepAlive();
            client.onClose(() -> clients.remove(client));
            clients.add(client);
            client.sendEvent("ready", "{\"event\":\"ready\"}");
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        // the HTTP server has stopped by now and closed the streams with their connections
        clients.clear();
    }
}
