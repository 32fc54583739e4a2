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

    /**
     * Starts the agent in its own D-Bus session (as a desktop login has one), so GTK does not autolaunch a bus
     * that outlives the test; the accessibility bridge is off for the same reason.
     */
    public static DesktopAgent start(XSession x, Path dataDir, String... extraArgs) throws IOException {
        return start(x, dataDir, List.of("dbus-run-session", "--"), java.util.Map.of(), extraArgs);
    }

    /**
     * @param wrapper command to run the JVM under (e.g. dbus-run-session --), may be empty
     * @param env     extra environment (e.g. XDG_CURRENT_DESKTOP)
     */
    public static DesktopAgent start(XSession x, Path dataDir, List<String> wrapper, java.util.Map<String, String> env,
                                     String... extraArgs) throws IOException {
        return start(x, dataDir, wrapper, env, List.of(), extraArgs);
    }

    /** @param jvmOptions options for the agent's JVM (the launcher's, e.g. heap and CDS settings) */
    public static DesktopAgent start(XSession x, Path dataDir, List<String> wrapper, java.util.Map<String, String> env,
                                     List<String> jvmOptions, String... extraArgs) throws IOException {
        if (!wrapper.isEmpty()) {
            SystemParts.requireCommands(wrapper.getFirst());
        }
        Files.createDirectories(dataDir);
        Path log = Files.createTempFile("desktop-agent", ".log");
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "dev.codehabit.agent.Main", "--data-dir", dataDir.toString(), "--port", "0"));
        command.addAll(List.of(extraArgs));
        ProcessBuilder pb = x.command(command.toArray(String[]::new)).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("NO_AT_BRIDGE", "1");
        pb.environment().putAll(env);
        Process p = pb.start();
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

    /** The agent's JVM (under a dbus-run-session wrapper, its child). */
    public ProcessHandle jvm() {
        return process.info().command().orElse("").endsWith("java") ? process.toHandle()
                : process.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().orElseThrow();
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

    /** Stops the JVM first, so a dbus-run-session wrapper sees its child end and removes its bus itself. */
    @Override
    public void close() throws InterruptedException {
        for (ProcessHandle child : process.descendants().toList()) {
            if (child.info().command().orElse("").endsWith("java")) {
                child.destroy();
                child.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
            }
        }
        if (process.isAlive() && !process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
