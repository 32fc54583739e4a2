package dev.codehabit.agent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged agent started the way ./codehabit starts it (agent/jvm.options and agent/launcher.env), so benchmark
 * figures are those of what users run. Linux only: CPU and memory are read from /proc.
 */
final class LaunchedAgent implements AutoCloseable {
    final Process process;
    final long startMillis;
    final String api;
    final String token;

    private LaunchedAgent(Process process, long startMillis, String api, String token) {
        this.process = process;
        this.startMillis = startMillis;
        this.api = api;
        this.token = token;
    }

    static LaunchedAgent start(Path jar, Path dataDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(DesktopBench.launcherOptions());
        command.addAll(List.of("-jar", jar.toString(), "--headless", "--data-dir", dataDir.toString(), "--port", "0"));
        Files.deleteIfExists(dataDir.resolve("agent.json"));
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("agent", ".log").toFile());
        builder.environment().putAll(DesktopBench.launcherEnvironment());
        Process p = builder.start();
        Path info = dataDir.resolve("agent.json");
        while (!Files.exists(info)) {
            if (!p.isAlive()) {
                throw new IllegalStateException("agent exited with " + p.exitValue());
            }
            Thread.sleep(10);
        }
        long startMillis = (System.nanoTime() - started) / 1_000_000;
        JsonNode json = new ObjectMapper().readTree(info.toFile());
        return new LaunchedAgent(p, startMillis, json.get("api").asText(), json.get("token").asText());
    }

    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    /** utime + stime in clock ticks (1/100 s): the agent's own CPU, whatever else the machine does. */
    long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
