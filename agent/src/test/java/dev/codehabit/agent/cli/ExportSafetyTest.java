package dev.codehabit.agent.cli;

import dev.codehabit.agent.store.StorageHealth;
import dev.codehabit.agent.support.TestAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports are private, complete or absent, and safe to open in a spreadsheet; a damaged database stops writes. */
class ExportSafetyTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new AgentCommand(Clock.systemUTC(), DesktopMode.NONE));
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private void seed(Path data, int n, String project) {
        try (TestAgent agent = new TestAgent(data)) {
            double t = Instant.now().getEpochSecond() - 20_000;
            for (int batch = 0; batch < n; batch += 500) {
                List<String> items = new ArrayList<>();
                for (int i = batch; i < Math.min(n, batch + 500); i++) {
                    items.add("{\"entity\": \"/src/F" + i + ".java\", \"time\": " + (t + i) + ", \"project\": \""
                            + project + "\", \"dependencies\": [\"" + "d".repeat(500) + i + "\"]}");
                }
                assertThat(agent.post("/api/v1/users/current/heartbeats.bulk", "[" + String.join(",", items) + "]")
                        .status()).isEqualTo(202);
            }
        }
    }

    @Test
    void csvExportsAreOwnerOnlyAndNeutraliseFormulas() throws Exception {
        Path data = dir.resolve("data");
        seed(data, 3, "=HYPERLINK(\\\"http://evil\\\")");
        Path out = dir.resolve("out").resolve("export.csv");
        assertThat(run(new StringWriter(), "--data-dir", data.toString(), "export", "--format", "csv",
                "--output", out.toString())).isZero();
        for (Path file : List.of(out, dir.resolve("out").resolve("export-daily.csv"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        String csv = Files.readString(out);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",=HYPERLINK");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("export.csv", "export-daily.csv");
        }
    }

    @Test
    void garbageInTheMiddleOfTheDatabaseIsFoundAtStartStopsWritesAndLeavesNoPartialExport() throws Exception {
        Path data = dir.resolve("data");
        seed(data, 6000, "p");
        Path db = data.resolve("codehabit.db");
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            long middle = file.length() / 2 / 4096 * 4096;
            file.seek(middle);
            byte[] garbage = new byte[16 * 4096];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            file.write(garbage);
        }
        try (TestAgent agent = new TestAgent(data)) {
            // The check runs in the background (seconds on a five-year history): bounded wait for its verdict.
            StorageHealth health = agent.core().services().database().health();
            for (int i = 0; i < 300 && health.damagedReason().isEmpty(); i++) {
                Thread.sleep(100);
            }
            assertThat(health.problem()).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(StorageHealth.Problem.Kind.DAMAGED));
            TestAgent.Response write = agent.post("/api/v1/users/current/heartbeats",
                    "{\"entity\": \"/x.java\", \"time\": " + (Instant.now().getEpochSecond() - 5) + "}");
            assertThat(write.status()).as(write.body()).isEqualTo(503);
            assertThat(write.json().get("error").asText()).isEqualTo("database damaged");
        }

        Path out = dir.resolve("out").resolve("export.json");
        assertThat(run(new StringWriter(), "--data-dir", data.toString(), "export", "--output", out.toString()))
                .isNotZero();
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.toList()).as("no partial export left behind").isEmpty();
        }
    }
}
