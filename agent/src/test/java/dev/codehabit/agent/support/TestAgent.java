package dev.codehabit.agent.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.AgentCore;
import dev.codehabit.agent.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

/** A real agent on a random loopback port over a temp data dir, and a real HTTP client for it. */
public final class TestAgent implements AutoCloseable {
    private static final ObjectMapper JSON = Json.mapper();
    private final AgentCore core;
    private final HttpClient http = HttpClient.newHttpClient();

    public TestAgent(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    public TestAgent(Path dataDir, Clock clock) {
        this.core = AgentCore.start(dataDir, 0, clock, "headless").orElseThrow();
    }

    public AgentCore core() {
        return core;
    }

    public String token() {
        return core.tokens().current();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + core.port() + path;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token()).GET());
    }

    public Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        core.close();
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }
}
