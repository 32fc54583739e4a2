package dev.codehabit.agent.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Footprint of an idle headless agent, started as ./codehabit starts it: time to a listening API, resident
 * memory after start-up, and CPU used while nothing arrives. Args: [jar] [idleSeconds].
 */
public final class IdleBench {
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "agent/target/codehabit-agent.jar");
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path dir = Files.createTempDirectory("idle-bench");
        try (LaunchedAgent first = LaunchedAgent.start(jar, dir)) {
            System.out.printf("first start (creates the database): API ready in %d ms%n", first.startMillis);
        }
        // Every later start finds its database: that is the agent users live with.
        try (LaunchedAgent agent = LaunchedAgent.start(jar, dir)) {
            System.out.printf("start to API ready: %d ms%n", agent.startMillis);
            Thread.sleep(10_000); // let start-up settle
            long cpuBefore = agent.cpuTicks();
            System.out.printf("RSS after start: %d MB%n", agent.rssKb() / 1024);
            Thread.sleep(idleSeconds * 1000L);
            long ticks = agent.cpuTicks() - cpuBefore;
            System.out.printf("idle %d s: CPU %.2f s (%.3f%% of one core), RSS %d MB%n", idleSeconds, ticks / 100.0,
                    ticks / 100.0 / idleSeconds * 100, agent.rssKb() / 1024);
        }
    }
}
