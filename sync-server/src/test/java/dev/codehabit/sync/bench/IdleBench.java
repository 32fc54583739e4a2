package dev.codehabit.sync.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Idle RSS: starts the server as its own process (SQLite default, the given JVM options), waits, reads VmRSS.
 * {@code java -cp $CP dev.codehabit.sync.bench.IdleBench 60 -Xmx256m}
 */
public final class IdleBench {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path dir = Files.createTempDirectory("idle-bench");
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        for (int i = 1; i < args.length; i++) {
            command.add(args[i]);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.codehabit.sync.ServerMain", "--port", "0",
                "--data-dir", dir.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        try {
            TimeUnit.SECONDS.sleep(seconds);
            String status = Files.readString(Path.of("/proc/" + p.pid() + "/status"));
            String rss = status.lines().filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
            String cpu = Files.readString(Path.of("/proc/" + p.pid() + "/stat")).split(" ")[13];
            System.out.println("idle server after " + seconds + " s, options " + command.subList(1, command.indexOf("-cp"))
                    + ": " + rss.replaceAll("\\s+", " ") + ", user CPU ticks " + cpu);
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
