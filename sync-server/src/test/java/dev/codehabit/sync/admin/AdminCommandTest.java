package dev.codehabit.sync.admin;

import dev.codehabit.sync.ServerMain;
import dev.codehabit.sync.config.ServerConfig;
import dev.codehabit.sync.support.Accounts;
import dev.codehabit.sync.support.Days;
import dev.codehabit.sync.support.Json;
import dev.codehabit.sync.support.TestServer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The real command line against a running one-process server (SQLite): hide, then unhide. */
class AdminCommandTest {
    @Test
    void hideTakesAUserOffTheRunningServersBoardsAndUnhideBringsThemBack() throws Exception {
        Path dir = Files.createTempDirectory("admin-cli");
        try (TestServer server = TestServer.start(new ServerConfig(0, dir, Optional.empty(), Optional.empty(), "http://127.0.0.1"),
                Clock.systemUTC())) {
            String token = Accounts.userToken(server, "mallory");
            Days.privacy(server, token, "{\"leaderboards\":true}");
            Days.upload(server, Accounts.deviceToken(server, token, "pc"), LocalDate.now(ZoneOffset.UTC).toString(),
                    Days.json("UTC", 1, 3600, Map.of()));
            assertThat(total(server)).isEqualTo(1);

            assertThat(run(dir, "hide", "mallory")).isZero();
            assertThat(awaitTotal(server, 0)).isZero();
            assertThat(run(dir, "unhide", "mallory")).isZero();
            assertThat(awaitTotal(server, 1)).isEqualTo(1);
            assertThat(run(dir, "hide", "nobody")).isEqualTo(1);
        }
    }

    private static int run(Path dir, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "admin";
        System.arraycopy(args, 0, all, 3, args.length);
        return new CommandLine(new ServerMain()).execute(all);
    }

    private static int total(TestServer server) {
        return Json.of(server.get("/api/v1/leaderboards?period=day", null)).get("total").asInt();
    }

    /** The running server notices within its 2-second poll; waits up to 20 s for the expected total. */
    private static int awaitTotal(TestServer server, int expected) throws InterruptedException {
        int total = total(server);
        for (int i = 0; i < 200 && total != expected; i++) {
            Thread.sleep(100);
            total = total(server);
        }
        return total;
    }
}
