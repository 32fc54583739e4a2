package dev.codehabit.agent.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The agent as a separate OS process, started from this test run's class path: for crash and CLI tests. */
public final class AgentProcess implements AutoCloseable {
    private final Process process;
    private final Path dataDir;
    private final Path log;

    private AgentProcess(Process process, Path dataDir, Path log) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
    }

    public static AgentProcess start(Path dataDir, String... extraArgs) throws IOException {
        return start(List.of(), dataDir, extraArgs);
    }

    /** With the JVM options {@code ./codehabit} starts it with (agent/jvm.options): its heap, its memory. */
    public static AgentProcess startAsLauncher(Path dataDir) throws IOException {
        Path options = Files.exists(Path.of("jvm.options")) ? Path.of("jvm.options") : Path.of("agent", "jvm.options");
        List<String> jvm = Files.readAllLines(options).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        return start(jvm, dataDir);
    }

    private static AgentProcess start(List<String> jvmOptions, Path dataDir, String... extraArgs) throws IOException {
        Files.createDirectories(dataDir);
        Path log = Files.createTempFile("agent", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // -Dcodehabit.agent.classpath=... runs these tests against another build (e.g. main's, to see a test fail
        // before its fix); by default the agent is this test run's.
        command.addAll(List.of("-cp", System.getProperty("codehabit.agent.classpath", System.getProperty("java.class.path")),
                "dev.codehabit.agent.Main", "--headless", "--data-dir", dataDir.toString(), "--port", "0"));
        command.addAll(List.of(extraArgs));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AgentProcess(p, dataDir, log);
    }

    /** Waits until this process has written agent.json, and returns it. */
    public JsonNode awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Path file = dataDir.resolve("agent.json");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("agent exited with " + process.exitValue() + ":\n" + output());
            }
            if (Files.exists(file)) {
                JsonNode info = new ObjectMapper().readTree(file.toFile());
                if (info.get("pid").asLong() == process.pid()) {
                    return info;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("agent did not start in " + timeout + ":\n" + output());
    }

    public Process process() {
        return process;
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
