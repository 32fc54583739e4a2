package dev.codehabit.agent.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Talks to the agent named in {@code agent.json}: is it alive, and hand it a request to show its window. The token
 * goes only to a listener that has proved it is that agent ({@link HealthProof}): after a crash any local program
 * may hold the port the file names.
 */
public final class RunningAgent {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final HealthProof proofs = new HealthProof();
    private final AgentFile agentFile;

    public RunningAgent(AgentFile agentFile) {
        this.agentFile = agentFile;
    }

    /**
     * The running agent's info when its process lives and its API proves it holds the token; empty otherwise (a
     * stale file, or a stranger on the port). {@code /health} is asked without the token.
     */
    public Optional<AgentInfo> find() {
        return agentFile.read().filter(info -> ProcessHandle.of(info.pid()).map(ProcessHandle::isAlive).orElse(false))
                .filter(this::provesItself);
    }

    /** Asks the running agent to show its dashboard; true when it did. Pass only what {@link #find()} returned. */
    public boolean openDashboard(AgentInfo info) {
        HttpRequest request = base(info, "/ui/dashboard")
                .header("Authorization", "Bearer " + info.token())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return send(request).map(r -> r.statusCode() == 200).orElse(false);
    }

    /** A reply of the running agent's API. */
    public record Reply(int status, String body) {}

    /** Calls the running agent's API with the admin token; empty when it does not answer. Pass only what {@link #find()} returned. */
    public Optional<Reply> call(AgentInfo info, String method, String path) {
        HttpRequest request = base(info, path).header("Authorization", "Bearer " + info.token())
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return send(request).map(r -> new Reply(r.statusCode(), r.body()));
    }

    private boolean provesItself(AgentInfo info) {
        if (info.token() == null || info.api() == null) {
            return false;
        }
        String challenge = proofs.challenge();
        HttpRequest request = base(info, "/health?challenge=" + URLEncoder.encode(challenge, StandardCharsets.UTF_8))
                .GET().build();
        return send(request).filter(r -> r.statusCode() == 200).map(r -> {
            try {
                JsonNode body = json.readTree(r.body());
                return HealthProof.verify(info.token(), challenge, body.path("proof").asText(null));
            } catch (IOException e) {
                return false;
            }
        }).orElse(false);
    }

    private static HttpRequest.Builder base(AgentInfo info, String path) {
        return HttpRequest.newBuilder(URI.create(info.api() + path)).timeout(Duration.ofSeconds(3));
    }

    private Optional<HttpResponse<String>> send(HttpRequest request) {
        try {
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
