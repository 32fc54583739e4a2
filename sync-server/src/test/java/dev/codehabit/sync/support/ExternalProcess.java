package dev.codehabit.sync.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Small helpers for the real servers the tests start: free ports, commands that must succeed. */
final class ExternalProcess {
    private ExternalProcess() {}

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean runningAsRoot() {
        return "0".equals(run(List.of("id", "-u")).strip());
    }

    /** Runs a command to completion (60 s at most) and returns its output; a non-zero exit fails the test set-up. */
    static String run(List<String> command) {
        try {
            Path log = Files.createTempFile("cmd", ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + p.exitValue() + "): " + String.join(" ", command) + "\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path findExecutable(String what, String installHint, String... candidates) {
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException(what + " not found (looked for " + String.join(", ", candidates)
                + "): " + installHint);
    }
}
