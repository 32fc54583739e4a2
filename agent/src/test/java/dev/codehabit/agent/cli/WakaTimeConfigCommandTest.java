package dev.codehabit.agent.cli;

import dev.codehabit.agent.support.TestAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wakatime-config}: the written file is what a WakaTime plugin needs to reach the running agent. */
class WakaTimeConfigCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AgentCommand.commandLine(java.time.Clock.systemUTC(), DesktopMode.NONE);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void writesTheRunningAgentsUrlAndTokenThatAWakaTimeStyleRequestThenUses() throws Exception {
        Path data = dir.resolve("data");
        Path cfg = dir.resolve("home/.wakatime.cfg");
        try (TestAgent agent = new TestAgent(data)) {
            String[] r = run("--data-dir", data.toString(), "wakatime-config", "--config", cfg.toString());
            assertThat(r[0]).isEqualTo("0");
            assertThat(r[1]).contains("Wrote api_url = http://127.0.0.1:" + agent.core().port() + "/api/v1");

            String text = Files.readString(cfg);
            String url = value(text, "api_url");
            String key = value(text, "api_key");
            // What wakatime-cli does with these two values: Basic auth with the key, POST to <api_url>/users/current/heartbeats.bulk.
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url + "/users/current/heartbeats.bulk"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(key.getBytes()))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "wakatime/v1.90.0 (linux-6.1) go1.22 vim/9.0.1 vim-wakatime/11.1.1")
                    .POST(HttpRequest.BodyPublishers.ofString("[{\"entity\": \"/w/p/x.go\", \"type\": \"file\", \"time\": "
                            + Instant.now().getEpochSecond() + ", \"project\": \"p\", \"language\": \"Go\"}]"));
            assertThat(agent.send(post).status()).isEqualTo(202);
            long stored = agent.core().services().database().read(c -> agent.core().services().heartbeats().count(c));
            assertThat(stored).isEqualTo(1);
        }
    }

    @Test
    void undoRestoresTheUsersOwnFile() throws Exception {
        Path data = dir.resolve("data");
        Path cfg = dir.resolve(".wakatime.cfg");
        Files.writeString(cfg, "[settings]\napi_key = waka_123\n");
        new TestAgent(data).close(); // the agent ran once (a data dir without its data is refused)
        assertThat(run("--data-dir", data.toString(), "wakatime-config", "--config", cfg.toString())[0]).isEqualTo("0");
        assertThat(Files.readString(cfg)).contains("api_url = http://127.0.0.1:2633/api/v1"); // no agent running: the default port
        String[] undo = run("--data-dir", data.toString(), "wakatime-config", "--config", cfg.toString(), "--undo");
        assertThat(undo[0]).isEqualTo("0");
        assertThat(Files.readString(cfg)).isEqualTo("[settings]\napi_key = waka_123\n");
        String[] again = run("--data-dir", data.toString(), "wakatime-config", "--config", cfg.toString(), "--undo");
        assertThat(again[0]).isEqualTo("1");
        assertThat(again[2]).contains("Nothing to undo");
    }

    private static String value(String ini, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + " = (.+)$").matcher(ini);
        assertThat(m.find()).as(key + " in\n" + ini).isTrue();
        return m.group(1).trim();
    }
}
