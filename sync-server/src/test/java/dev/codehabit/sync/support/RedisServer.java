package dev.codehabit.sync.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A real Redis server (Debian's {@code redis-server}, or {@code valkey-server}) on a free loopback port, with no
 * persistence. Tests start their own so that they never touch a system Redis; close() stops it.
 */
public final class RedisServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static RedisServer start() {
        var binary = ExternalProcess.findExecutable("Redis server", "apt-get install redis-server (listed in .ci/apt-packages)",
                "/usr/bin/redis-server", "/usr/bin/valkey-server");
        int port = ExternalProcess.freePort();
        try {
            Process p = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            RedisServer server = new RedisServer(p, port);
            server.awaitPong();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + binary, e);
        }
    }

    private void awaitPong() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                OutputStream out = s.getOutputStream();
                out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                InputStream in = s.getInputStream();
                byte[] buf = new byte[7];
                if (in.readNBytes(buf, 0, 7) == 7 && new String(buf, StandardCharsets.US_ASCII).startsWith("+PONG")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("redis-server did not answer PING on port " + port + " within 10 s");
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
