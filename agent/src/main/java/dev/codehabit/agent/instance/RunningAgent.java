package dev.codehabit.agent.instance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Talks to the agent named in {@code agent.json}: is it alive, and hand it a request to show its window. */
public final class RunningAgent {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AgentFile agentFile;

    public RunningAgent(AgentFile agentFile) {
        this.agentFile = agentFile;
    }

    /** The running agent's info when its process lives and its API answers; empty otherwise (e.g. a stale file). */
    public Optional<AgentInfo> find() {
        return agentFile.read().filter(info -> ProcessHandle.of(info.pid()).map(ProcessHandle::isAlive).orElse(false))
                .filter(info -> send(info, "GET", "/health").map(code -> code == 200).orElse(false));
    }

    /** Asks the running agent to show its dashboard; true when it did. */
    public boolean openDashboard(AgentInfo info) {
        return send(info, "POST", "/ui/dashboard").map(code -> code == 200).orElse(false);
    }

    /** A reply of the running agent's API. */
    public record Reply(int status, String body) {}

    /** Calls the running agent's API with the admin token; empty when it does not answer. */
    public Optional<Reply> call(AgentInfo info, String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(info.api() + path))
                .timeout(Duration.ofSeconds(3))
                .header("Authorization", "Bearer " + info.token())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Reply(response.statusCode(), response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<Integer> send(AgentInfo info, String method, String path) {
        return call(info, method, path).map(Reply::status);
    }
}
