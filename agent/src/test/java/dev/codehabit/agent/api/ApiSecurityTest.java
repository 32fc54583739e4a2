package dev.codehabit.agent.api;

import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The localhost API's defences, over real HTTP. */
class ApiSecurityTest {
    @TempDir
    Path dir;
    private TestAgent agent;

    @BeforeEach
    void start() {
        agent = new TestAgent(dir);
    }

    @AfterEach
    void stop() {
        agent.close();
    }

    private Response getStats(HttpRequest.Builder builder) {
        return agent.send(builder.GET());
    }

    private HttpRequest.Builder stats() {
        return HttpRequest.newBuilder(URI.create(agent.url("/api/v1/stats")));
    }

    @Test
    void healthNeedsNoToken() {
        Response r = agent.send(HttpRequest.newBuilder(URI.create(agent.url("/api/v1/health"))).GET());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void aMissingTokenIs401WithAJsonError() {
        Response r = getStats(stats());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).contains("Missing API token");
    }

    @Test
    void aWrongTokenIs401() {
        Response r = getStats(stats().header("Authorization", "Bearer nope"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).contains("Invalid API token");
    }

    @Test
    void bearerBasicAndApiKeyAllWork() {
        String token = agent.token();
        assertThat(getStats(stats().header("Authorization", "Bearer " + token)).status()).isEqualTo(200);
        String basic = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
        assertThat(getStats(stats().header("Authorization", "Basic " + basic)).status()).isEqualTo(200);
        String basicWithColon = Base64.getEncoder().encodeToString((token + ":").getBytes(StandardCharsets.UTF_8));
        assertThat(getStats(stats().header("Authorization", "Basic " + basicWithColon)).status()).isEqualTo(200);
        Response viaQuery = agent.send(HttpRequest.newBuilder(URI.create(agent.url("/api/v1/stats?api_key=" + token))).GET());
        assertThat(viaQuery.status()).isEqualTo(200);
    }

    @Test
    void aWebPageOriginIsRefusedEvenWithAValidToken() {
        Response r = getStats(stats().header("Authorization", "Bearer " + agent.token()).header("Origin", "https://evil.example"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error").asText()).contains("web pages");
        Response nullOrigin = getStats(stats().header("Authorization", "Bearer " + agent.token()).header("Origin", "null"));
        assertThat(nullOrigin.status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chrome-extension://abcdefghijklmnop", "moz-extension://1234-5678", "vscode-webview://x", "vscode-file://vscode-app"})
    void extensionAndEditorOriginsAreAllowed(String origin) {
        Response r = getStats(stats().header("Authorization", "Bearer " + agent.token()).header("Origin", origin));
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void aForeignHostHeaderIsRefused() throws IOException {
        // DNS rebinding: evil.example resolved to 127.0.0.1 still says "Host: evil.example".
        String reply = rawGet("evil.example:" + agent.core().port(), "/api/v1/health");
        assertThat(reply).startsWith("HTTP/1.1 403");
        assertThat(reply).contains("\"error\"");
        assertThat(rawGet("localhost:" + agent.core().port(), "/api/v1/health")).startsWith("HTTP/1.1 200");
        assertThat(rawGet("127.0.0.1:1", "/api/v1/health")).startsWith("HTTP/1.1 403");
    }

    @Test
    void unknownEndpointsAnswerJson404() {
        Response r = agent.get("/api/v1/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().has("error")).isTrue();
    }

    @Test
    void agentJsonTellsToolsWhereAndHowAndOnlyToTheOwner() throws IOException {
        Path agentJson = dir.resolve("agent.json");
        var info = new com.fasterxml.jackson.databind.ObjectMapper().readTree(agentJson.toFile());
        assertThat(info.get("port").asInt()).isEqualTo(agent.core().port());
        assertThat(info.get("token").asText()).isEqualTo(agent.token());
        assertThat(info.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(info.get("api").asText()).isEqualTo("http://127.0.0.1:" + agent.core().port() + "/api/v1");
        assertThat(info.has("version")).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(agentJson))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("token")))).isEqualTo("rw-------");
        for (String db : new String[] {"codehabit.db", "codehabit.db-wal", "codehabit.db-shm"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(db)))).as(db).isEqualTo("rw-------");
        }
    }

    @Test
    void theTokenSurvivesARestartAndAgentJsonGoesAwayOnCleanShutdown() {
        String before = agent.token();
        agent.close();
        assertThat(dir.resolve("agent.json")).doesNotExist();
        agent = new TestAgent(dir);
        assertThat(agent.token()).isEqualTo(before);
    }

    @Test
    void aRotatedTokenTakesEffectInTheRunningAgent() {
        String old = agent.token();
        String fresh = new dev.codehabit.agent.instance.TokenStore(dir).rotate();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(getStats(stats().header("Authorization", "Bearer " + old)).status()).isEqualTo(401);
        assertThat(getStats(stats().header("Authorization", "Bearer " + fresh)).status()).isEqualTo(200);
    }

    /** Sends a request with a Host header of our choosing (java.net.http won't let us set one). */
    private String rawGet(String hostHeader, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", agent.core().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
