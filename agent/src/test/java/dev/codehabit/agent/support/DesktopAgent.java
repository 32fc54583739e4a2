package dev.codehabit.agent.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real agent in desktop mode as its own process on an X session: what a user's launcher starts. */
public final class DesktopAgent implements AutoCloseable {
    private final Process process;
    private final Path dataDir;
    private final Path log;

    private DesktopAgent(Process process, Path dataDir, Path log) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
    }

    public static DesktopAgent start(XSession x, Path dataDir, String... extraArgs) throws IOException {
        Files.createDirectories(dataDir);
        Path log = Files.createTempFile("desktop-agent", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                "dev.codehabit.agent.Main", "--data-dir", dataDir.toString(), "--port", "0"));
        command.addAll(List.of(extraArgs));
        Process p = x.command(command.toArray(String[]::new)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new DesktopAgent(p, dataDir, log);
    }

    /** Waits for the "desktop ready" line and returns it. */
    public String awaitReady(Duration timeout) throws InterruptedException {
        String[] line = new String[1];
        XSession.await("the desktop agent to be ready", timeout, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("agent exited with " + process.exitValue() + ":\n" + output());
            }
            return output().lines().filter(l -> l.startsWith("CodeHabit desktop ready")).peek(l -> line[0] = l)
                    .findFirst().isPresent();
        });
        return line[0];
    }

    public JsonNode agentInfo() throws IOException {
        return new ObjectMapper().readTree(dataDir.resolve("agent.json").toFile());
    }

    public int post(String path) throws IOException, InterruptedException {
        JsonNode info = agentInfo();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + info.get("port").asInt() + path))
                .header("Authorization", "Bearer " + info.get("token").asText())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    public Process process() {
        return process;
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
