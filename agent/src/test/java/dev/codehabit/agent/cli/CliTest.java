package dev.codehabit.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The subcommands, run as a user would, against a data dir with known content. */
class CliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-05T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AgentCommand.commandLine(CLOCK, DesktopMode.NONE);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private void seed() {
        TestData.dataDirInZone(dir, "UTC");
        try (TestAgent agent = new TestAgent(dir, CLOCK)) {
            long t = Instant.parse("2026-05-05T09:00:00Z").getEpochSecond();
            agent.post("/api/v1/users/current/heartbeats.bulk", "["
                    + "{\"entity\": \"/x/Main.java\", \"time\": " + t + ", \"language\": \"Java\", \"project\": \"shop, \\\"v2\\\"\", \"keystrokes\": 40, \"line_additions\": 3},"
                    + "{\"entity\": \"/x/Main.java\", \"time\": " + (t + 1500) + ", \"language\": \"Java\", \"project\": \"shop, \\\"v2\\\"\"},"
                    + "{\"entity\": \"/x/Main.java\", \"time\": " + (t + 1800) + ", \"language\": \"Java\", \"project\": \"shop, \\\"v2\\\"\"},"
                    + "{\"entity\": \"news.ycombinator.com\", \"type\": \"domain\", \"time\": " + (t + 100) + "},"
                    + "{\"entity\": \"news.ycombinator.com\", \"type\": \"domain\", \"time\": " + (t + 400) + ", \"signal\": \"blur\"}]");
        }
    }

    @Test
    void reportShowsTodayAsATable() {
        seed();
        Run r = run("report", "--data-dir", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("CodeHabit report, 2026-05-05")
                .containsPattern("Coding\\s+5m")
                .containsPattern("Web\\s+5m")
                .containsPattern("Keystrokes\\s+40")
                .contains("Java")
                .contains("news.ycombinator.com");
    }

    @Test
    void reportCoversTheWeekDayByDay() {
        seed();
        Run r = run("report", "week", "--data-dir", dir.toString());
        assertThat(r.code()).isZero();
        // the last 7 days, as on the dashboard: on this Tuesday not just Monday and Tuesday
        assertThat(r.out()).contains("2026-04-29 to 2026-05-05").contains("2026-04-29").containsPattern("2026-05-05\\s+5m\\s+5m");
    }

    @Test
    void aReportNextToARunningAgentReadsItsDaysAndRebuildsNothing() throws Exception {
        TestData.dataDirInZone(dir, "Asia/Tokyo");
        try (TestAgent agent = new TestAgent(dir, CLOCK)) {
            // 01:00 on the 6th in Tokyo, still the 5th in UTC; the clock says 03:00 on the 6th in Tokyo.
            long t = Instant.parse("2026-05-05T16:00:00Z").getEpochSecond();
            agent.post("/api/v1/users/current/heartbeats.bulk", "[{\"entity\": \"a\", \"time\": " + t + "},"
                    + "{\"entity\": \"a\", \"time\": " + (t + 600) + "}]");
            // Another view of the settings (a different system zone, a hand edit) must not rebuild the live data.
            Files.writeString(dir.resolve("settings.json"), "{\"time_zone\": \"UTC\"}");
            Run r = run("report", "--data-dir", dir.toString());
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("(Asia/Tokyo)").containsPattern("Coding\\s+10m");
            assertThat(agent.get("/api/v1/stats?from=2026-05-06&to=2026-05-06").json().get("coding_seconds").asDouble())
                    .isEqualTo(600);
        }
    }

    @Test
    void exportJsonHoldsEveryRawEventAndEveryDay() throws Exception {
        seed();
        Path file = dir.resolve("out/export.json");
        Run r = run("export", "--data-dir", dir.toString(), "--output", file.toString());
        assertThat(r.code()).isZero();
        JsonNode export = new ObjectMapper().readTree(file.toFile());
        assertThat(export.get("heartbeats")).hasSize(5);
        assertThat(export.get("heartbeats").get(0).get("entity").asText()).isEqualTo("/x/Main.java");
        assertThat(export.get("daily")).hasSize(1);
        assertThat(export.get("daily").get(0).get("coding_seconds").asDouble()).isEqualTo(300);
        assertThat(export.get("daily").get(0).get("keystrokes").asLong()).isEqualTo(40);
    }

    @Test
    void exportCsvQuotesAndWritesTheDaysBeside() throws Exception {
        seed();
        Path file = dir.resolve("export.csv");
        Run r = run("export", "--format", "csv", "--data-dir", dir.toString(), "--output", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEqualTo("Exported to " + file + " and " + dir.resolve("export-daily.csv") + System.lineSeparator());
        var lines = Files.readAllLines(file);
        assertThat(lines).hasSize(6);
        assertThat(lines.getFirst()).startsWith("id,entity,type,category,time");
        assertThat(lines.get(1)).contains("\"shop, \"\"v2\"\"\"");
        var daily = Files.readAllLines(dir.resolve("export-daily.csv"));
        assertThat(daily).containsExactly(
                "date,coding_seconds,web_seconds,keystrokes,characters,lines_added,lines_deleted,lines_added_generated,files_modified,tab_switches",
                "2026-05-05,300.0,300.0,40,0,3,0,0,1,0");
    }

    @Test
    void exportToStandardOutputWorksOnADataDirWithNoEventsYet() {
        new TestAgent(dir, CLOCK).close();
        Run r = run("export", "--format", "csv", "--data-dir", dir.toString());
        assertThat(r.code()).isZero();
    }

    @Test
    void statusTellsWhetherAnAgentRuns() {
        new TestAgent(dir, CLOCK).close();
        Run stopped = run("status", "--data-dir", dir.toString());
        assertThat(stopped.code()).isEqualTo(1);
        assertThat(stopped.out()).contains("No CodeHabit agent is running");
        try (TestAgent agent = new TestAgent(dir, CLOCK)) {
            Run running = run("status", "--data-dir", dir.toString());
            assertThat(running.code()).isZero();
            assertThat(running.out()).contains("is running").contains("pid:      " + ProcessHandle.current().pid())
                    .contains("http://127.0.0.1:" + agent.core().port());
        }
    }

    @Test
    void aSecondAgentOnTheSameDataDirRefusesClearly() {
        try (TestAgent agent = new TestAgent(dir, CLOCK)) {
            Run second = run("--headless", "--port", "0", "--data-dir", dir.toString());
            assertThat(second.code()).isEqualTo(AgentCommand.ALREADY_RUNNING);
            assertThat(second.err()).contains("Another CodeHabit agent is already running").contains("port " + agent.core().port());
            assertThat(agent.get("/api/v1/health").status()).isEqualTo(200);
        }
    }

    @Test
    void tokenRotateReplacesTheTokenEverywhere() throws Exception {
        try (TestAgent agent = new TestAgent(dir, CLOCK)) {
            String old = agent.token();
            Run r = run("token", "rotate", "--data-dir", dir.toString());
            assertThat(r.code()).isZero();
            String fresh = Files.readString(dir.resolve("token")).trim();
            assertThat(fresh).isNotEqualTo(old);
            assertThat(r.out()).contains(fresh);
            assertThat(new ObjectMapper().readTree(dir.resolve("agent.json").toFile()).get("token").asText()).isEqualTo(fresh);
            assertThat(run("token", "show", "--data-dir", dir.toString()).out().trim()).isEqualTo(fresh);
        }
    }

    @Test
    void aBadPortIsRefused() {
        Run r = run("--port", "70000", "--data-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--port");
    }

    @Test
    void readCommandsRefuseAFolderWithoutCodeHabitDataAndCreateNothing() {
        Path typo = dir.resolve("codehabitt");
        for (String[] command : new String[][] {{"report"}, {"status"}, {"token", "show"}, {"token", "rotate"},
                {"export"}, {"wakatime-config", "--config", dir.resolve("w.cfg").toString()}, {"pair", "123-456"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--data-dir", typo.toString())).toArray(String[]::new);
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", command))
                    .isEqualTo("No CodeHabit data in " + typo + ": check --data-dir (the agent creates its data on its "
                            + "first start)." + System.lineSeparator());
        }
        assertThat(typo).doesNotExist();
        assertThat(dir.resolve("w.cfg")).doesNotExist();
    }

    @Test
    void aDataDirThatIsAFileIsOneSentenceAndAStackTraceOnlyWhenVerbose() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Run r = run("--headless", "--port", "0", "--data-dir", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("The data dir " + file + " is a file, not a folder: choose another --data-dir."
                + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("mine");
        Run verbose = run("report", "--verbose", "--data-dir", file.toString());
        assertThat(verbose.code()).isEqualTo(1);
        assertThat(verbose.err()).startsWith("The data dir " + file + " is a file").contains("\tat dev.codehabit.agent.cli.");
    }

    @Test
    void aPortTakenByAnotherProgramIsOneSentenceWithTheWayOut() throws Exception {
        try (java.net.ServerSocket other = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> run("--headless", "--port", String.valueOf(other.getLocalPort()), "--data-dir", dir.toString()));
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("Port " + other.getLocalPort() + " is already in use by another program: "
                    + "start with --port 0 (any free port) or another --port." + System.lineSeparator());
        }
        // the data dir was not left locked: an agent starts on it now
        new TestAgent(dir, CLOCK).close();
    }

    @Test
    void pairApprovesTheRequestWithTheCodeTheExtensionShows() {
        try (TestAgent agent = new TestAgent(dir, CLOCK)) {
            var asked = dev.codehabit.agent.support.Http.extension(agent, "POST", "/api/v1/pairing", null,
                    "{\"client\": \"chrome\", \"name\": \"Chromium on Linux\"}").json();
            Run wrong = run("pair", "000-000", "--data-dir", dir.toString());
            assertThat(wrong.code()).isEqualTo(1);
            assertThat(wrong.err()).startsWith("No pairing request with code 000-000 is waiting");
            Run r = run("pair", asked.get("code").asText().replace("-", ""), "--data-dir", dir.toString());
            assertThat(r.code()).isZero();
            assertThat(r.out()).isEqualTo("Paired Chromium on Linux." + System.lineSeparator());
            assertThat(agent.get("/api/v1/pairing/" + asked.get("id").asText()).json().get("status").asText())
                    .isEqualTo("approved");
        }
    }

    @Test
    void theHelpNamesTheCommandAsUsersTypeIt() {
        assertThat(run("--help").out()).startsWith("Usage: codehabit ");
    }
}
