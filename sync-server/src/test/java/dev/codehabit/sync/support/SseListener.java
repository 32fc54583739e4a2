package dev.codehabit.sync.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real SSE client on a server's stream: collects the event names as they arrive. */
public final class SseListener implements AutoCloseable {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Void>> response;

    public SseListener(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofByteArrayConsumer(bytes ->
                bytes.ifPresent(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> l.startsWith("event:")).forEach(l -> events.add(l.substring(6).strip())))));
    }

    /** The next event's name, or null after {@code seconds} without one. */
    public String next(long seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }

    /** Drops what arrived so far. */
    public void clear() {
        events.clear();
    }

    @Override
    public void close() {
        response.cancel(true);
    }
}
