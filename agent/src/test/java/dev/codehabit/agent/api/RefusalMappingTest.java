package dev.codehabit.agent.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.Json;
import dev.codehabit.agent.refusal.ConflictException;
import dev.codehabit.agent.refusal.InvalidInputException;
import dev.codehabit.agent.refusal.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service refuses maps to its status in one place; an IllegalArgumentException from anything else is a bug
 * and answers 500, not a 400 that blames the client (issue 11).
 */
class RefusalMappingTest {
    private final ObjectMapper json = Json.mapper();
    private ApiServer server;
    private int port;

    @BeforeEach
    void start() {
        server = new ApiServer(json, List.of(), List.of(routes -> {
            routes.get("/api/v1/invalid", ctx -> {
                throw new InvalidInputException("minutes must be between 1 and 720");
            }, Access.PUBLIC);
            routes.get("/api/v1/missing", ctx -> {
                throw new NotFoundException("No pairing request p1");
            }, Access.PUBLIC);
            routes.get("/api/v1/conflict", ctx -> {
                throw new ConflictException("A focus session is already running");
            }, Access.PUBLIC);
            routes.get("/api/v1/bug", ctx -> {
                throw new IllegalArgumentException("index -1 out of bounds, from a bug");
            }, Access.PUBLIC);
        }));
        port = server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachRefusalHasItsStatusAndMessage() throws Exception {
        assertThat(get("/api/v1/invalid")).isEqualTo("400 minutes must be between 1 and 720");
        assertThat(get("/api/v1/missing")).isEqualTo("404 No pairing request p1");
        assertThat(get("/api/v1/conflict")).isEqualTo("409 A focus session is already running");
    }

    @Test
    void aBugsIllegalArgumentIsAServerError() throws Exception {
        assertThat(get("/api/v1/bug")).isEqualTo("500 Internal error; see the agent's log");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + json.readTree(r.body()).get("error").asText();
    }
}
