package dev.codehabit.sync.support;

import dev.codehabit.sync.ServerApp;
import dev.codehabit.sync.config.ServerConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** A real server instance on a free loopback port, on the given backend; talk to it with plain HTTP. */
public final class TestServer implements AutoCloseable {
    private final ServerApp app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(ServerApp app) {
        this.app = app;
    }

    public static TestServer start(Backend backend) {
        return start(backend, Optional.empty(), Clock.systemUTC());
    }

    public static TestServer start(Backend backend, Optional<String> redisUri, Clock clock) {
        try {
            Path dir = Files.createTempDirectory("codehabit-sync");
            return start(new ServerConfig(0, dir, backend.freshDatabase(dir), redisUri, "http://127.0.0.1"), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts an instance with an explicit configuration (two instances on one database, say). */
    public static TestServer start(ServerConfig config, Clock clock) {
        return new TestServer(ServerApp.start(config, clock));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public int port() {
        return app.port();
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET());
    }

    public HttpResponse<String> send(String method, String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
