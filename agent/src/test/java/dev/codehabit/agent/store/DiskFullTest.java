package dev.codehabit.agent.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.support.Http;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestAgent.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A full disk, for real: the data dir on a 20 MB tmpfs, filled up with a file. Every request answers all or
 * nothing, refusals are 507 "disk full", and once the file is gone the agent takes writes again by itself.
 * Needs root to mount (CI runs as root); without it the test fails loudly rather than skipping.
 */
class DiskFullTest {
    private static final int MAX_REQUESTS = 400;

    @TempDir
    Path dir;
    private Path mount;
    private TestAgent agent;
    private final Set<String> acknowledged = new HashSet<>();
    private final Set<String> refused = new HashSet<>();
    private final double start = Instant.now().getEpochSecond() - 6 * 3600;
    private int next;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = Files.createDirectory(dir.resolve("tmpfs"));
        run("mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", mount.toString());
    }

    @AfterEach
    void unmount() throws Exception {
        if (agent != null) {
            agent.close();
        }
        run("umount", "-l", mount.toString());
    }

    @Test
    void aFullDiskRefusesWholeRequestsWith507AndTheAgentRecoversWhenSpaceIsFreed() throws Exception {
        agent = new TestAgent(mount.resolve("data"));
        assertThat(bulk(50).status()).isEqualTo(202);

        Path filler = mount.resolve("filler");
        fill(filler);
        Response full = null;
        for (int i = 0; i < MAX_REQUESTS && full == null; i++) {
            Response r = bulk(50);
            if (r.status() != 202) {
                full = r;
            }
        }
        assertThat(full).as("no write failed on a full disk within " + MAX_REQUESTS + " requests").isNotNull();
        assertThat(full.status()).as(full.body()).isEqualTo(507);
        assertThat(full.json().get("error").asText()).isEqualTo("disk full");
        assertThat(agent.core().services().database().health().diskFullReason()).isPresent();

        // While full: each kind of write is refused whole, and nothing of it shows.
        for (int i = 0; i < 5; i++) {
            assertThat(bulk(50).status()).isEqualTo(507);
            assertThat(single().status()).isEqualTo(507);
        }
        Response focus = agent.post("/api/v1/focus", "{\"minutes\": 25}");
        assertThat(focus.status()).as(focus.body()).isEqualTo(507);
        assertThat(agent.get("/api/v1/focus").json().get("active").asBoolean()).isFalse();
        Response categories = Http.admin(agent, "PUT", "/api/v1/categories",
                "{\"rules\": [{\"kind\": \"domain\", \"pattern\": \"example.org\", \"category\": \"work\"}]}");
        assertThat(categories.status()).as(categories.body()).isEqualTo(507);
        assertThat(agent.get("/api/v1/categories").json().get("rules")).isEmpty();
        assertThat(agent.get("/api/v1/categories?domain=example.org").json().get("category").isNull()).isTrue();

        Files.delete(filler);
        Response again = bulk(50);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(single().status()).isEqualTo(201);
        assertThat(agent.post("/api/v1/focus", "{\"minutes\": 25}").status()).isEqualTo(201);
        assertThat(agent.core().services().database().health().diskFullReason()).isEmpty();

        Set<String> stored = storedEntities();
        assertThat(stored).containsAll(acknowledged);
        assertThat(stored).doesNotContainAnyElementsOf(refused);
        String integrity = agent.core().services().database().read(c -> {
            try (PreparedStatement s = c.prepareStatement("PRAGMA integrity_check"); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(integrity).isEqualTo("ok");
    }

    private Response bulk(int n) {
        List<String> items = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String entity = "/src/p/File" + next + ".java";
            entities.add(entity);
            items.add(heartbeat(entity));
        }
        Response r = agent.post("/api/v1/users/current/heartbeats.bulk", "[" + String.join(",", items) + "]");
        if (r.status() == 202) {
            JsonNode responses = r.json().get("responses");
            for (int i = 0; i < n; i++) {
                assertThat(responses.get(i).get(1).asInt()).isEqualTo(201);
            }
            acknowledged.addAll(entities);
        } else {
            refused.addAll(entities);
        }
        return r;
    }

    private Response single() {
        String entity = "/src/p/File" + next + ".java";
        Response r = agent.post("/api/v1/users/current/heartbeats", heartbeat(entity));
        (r.status() == 201 ? acknowledged : refused).add(entity);
        return r;
    }

    private String heartbeat(String entity) {
        double time = start + next++;
        return "{\"entity\": \"" + entity + "\", \"time\": " + time + ", \"project\": \"p\", \"language\": \"Java\","
                + " \"dependencies\": [\"" + "x".repeat(1500) + "\"]}";
    }

    private Set<String> storedEntities() {
        return agent.core().services().database().read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT entity FROM heartbeat"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Writes until the file system says it is full: at most 20 MB in 64 KB steps, then single bytes. */
    private static void fill(Path filler) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 20 * 16 + 1; i++) {
                out.write(chunk);
                out.flush();
            }
            fail("a 20 MB tmpfs took more than 20 MB");
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (this test needs root to mount a tmpfs): "
                    + new String(p.getInputStream().readAllBytes()));
        }
    }
}
