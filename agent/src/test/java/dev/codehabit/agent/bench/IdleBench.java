package dev.codehabit.agent.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Footprint of an idle headless agent, started from the packaged jar the way a user starts it:
 * resident memory after start-up and CPU time used while nothing arrives. Linux only (reads /proc).
 * Args: [jar] [idleSeconds].
 */
public final class IdleBench {
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "agent/target/codehabit-agent.jar");
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path dir = Files.createTempDirectory("idle-bench");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--headless", "--data-dir", dir.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(dir.resolve("agent.log").toFile()).start();
        try {
            long started = System.nanoTime();
            while (!Files.exists(dir.resolve("agent.json"))) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(Files.readString(dir.resolve("agent.log")));
                }
                Thread.sleep(20);
            }
            System.out.printf("start to API ready: %.0f ms%n", (System.nanoTime() - started) / 1e6);
            Thread.sleep(10_000); // let start-up settle (JIT, class loading)
            long cpuBefore = cpuTicks(p.pid());
            System.out.printf("RSS after start: %d MB%n", rssKb(p.pid()) / 1024);
            Thread.sleep(idleSeconds * 1000L);
            long ticks = cpuTicks(p.pid()) - cpuBefore;
            System.out.printf("idle %d s: CPU %.2f s (%.3f%% of one core), RSS %d MB%n", idleSeconds, ticks / 100.0,
                    ticks / 100.0 / idleSeconds * 100, rssKb(p.pid()) / 1024);
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    private static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    /** utime + stime in clock ticks (1/100 s on Linux). */
    private static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
    }
}
