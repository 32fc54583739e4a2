package dev.codehabit.agent.instance;

import com.sun.net.httpserver.HttpServer;
import dev.codehabit.agent.Json;
import dev.codehabit.agent.support.TestAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the agent trusts on the machine: the listener named in agent.json, the data dir, the token file. */
class LocalTrustTest {
    @TempDir
    Path dir;

    @Test
    void statusSendsNoTokenToAnImpostorOnTheAgentsPort() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer impostor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        impostor.createContext("/", exchange -> {
            seen.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().entrySet());
            byte[] body = "{\"status\": \"ok\", \"proof\": \"guess\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        impostor.start();
        try {
            String token = "t".repeat(43);
            int port = impostor.getAddress().getPort();
            Path data = Files.createDirectory(dir.resolve("data"));
            // The pid is alive (this JVM): only the proof can tell the impostor from the agent.
            new AgentFile(data, Json.mapper()).write(new AgentInfo(port, token, ProcessHandle.current().pid(), "x",
                    "http://127.0.0.1:" + port + "/api/v1", "2026-01-01T00:00:00Z", "headless"));

            assertThat(new RunningAgent(new AgentFile(data, Json.mapper())).find()).isEmpty();
            assertThat(seen).isNotEmpty();
            assertThat(String.join("\n", seen)).doesNotContain(token).doesNotContainIgnoringCase("authorization");
        } finally {
            impostor.stop(0);
        }
    }

    @Test
    void theRealAgentProvesItselfWithoutBeingSentTheToken() {
        Path data = dir.resolve("agent");
        try (TestAgent agent = new TestAgent(data, Clock.systemUTC())) {
            assertThat(new RunningAgent(new AgentFile(data, Json.mapper())).find())
                    .hasValueSatisfying(info -> assertThat(info.port()).isEqualTo(agent.core().port()));
        }
    }

    @Test
    void aDataDirOthersCanWriteToIsRefused() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> InstanceLock.tryAcquire(shared))
                .isInstanceOf(UnsafeDataDirException.class).hasMessageContaining("chmod 700");

        Path fresh = dir.resolve("fresh");
        InstanceLock.tryAcquire(fresh).orElseThrow().close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    @Test
    void aTokenFilePlantedByAnotherUserOrReadableByOthersIsRefused() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path token = data.resolve("token");
        Files.writeString(token, "planted-token-planted-token-planted-token\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        UserPrincipal nobody = token.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(token, nobody);
        assertThatThrownBy(() -> new TokenStore(data).current())
                .isInstanceOf(UnsafeDataDirException.class).hasMessageContaining("belongs to nobody");

        Files.setOwner(token, data.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name")));
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> new TokenStore(data).current())
                .isInstanceOf(UnsafeDataDirException.class).hasMessageContaining("chmod 600");

        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        assertThat(new TokenStore(data).current()).isEqualTo("planted-token-planted-token-planted-token");
    }
}
