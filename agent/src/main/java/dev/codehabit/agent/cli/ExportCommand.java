package dev.codehabit.agent.cli;

import dev.codehabit.agent.files.AtomicFile;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codehabit.agent.Services;
import dev.codehabit.agent.activity.HeartbeatJson;
import dev.codehabit.agent.export.DailyRows;
import dev.codehabit.agent.export.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code export}: every raw heartbeat and every day's totals, streamed (a five-year history does not need to
 * fit in memory). JSON is one object with both; CSV writes the heartbeats, and the days to a second file
 * ({@code NAME-daily.csv}) or, on standard output, after a blank line.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export all raw events and daily stats.")
final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv }

    @ParentCommand
    AgentCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (ReadSession session = new ReadSession(parent.existingDataDir(), parent.clock())) {
            Services services = session.services();
            if (output == null) {
                try (Writer out = new NonClosingWriter(spec.commandLine().getOut())) {
                    if (format == Format.json) {
                        writeJson(services, out);
                    } else {
                        writeHeartbeatsCsv(services, out);
                        out.write("\n");
                        writeDailyCsv(services, out);
                    }
                }
                return 0;
            }
            if (format == Format.json) {
                AtomicFile.writeText(output, out -> writeJson(services, out));
            } else {
                AtomicFile.writeText(output, out -> writeHeartbeatsCsv(services, out));
                AtomicFile.writeText(dailyFile(output), out -> writeDailyCsv(services, out));
            }
        }
        spec.commandLine().getErr().println("Exported to " + output.toAbsolutePath()
                + (format == Format.csv ? " and " + dailyFile(output).toAbsolutePath() : ""));
        return 0;
    }

    /** The days' CSV beside FILE: {@code activity.csv} gets {@code activity-daily.csv}. */
    private static Path dailyFile(Path output) {
        return output.resolveSibling(output.getFileName().toString().replaceFirst("\\.csv$", "") + "-daily.csv");
    }

    private void writeJson(Services services, Writer out) throws IOException {
        try (JsonGenerator g = services.json().getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("exported_at", services.clock().instant().toString());
            g.writeStringField("timezone", services.zone().getId());
            g.writeArrayFieldStart("heartbeats");
            services.database().read(c -> {
                services.heartbeats().forEach(c, stored -> write(g, HeartbeatJson.toMap(stored.heartbeat())));
                return null;
            });
            g.writeEndArray();
            g.writeArrayFieldStart("daily");
            for (Map<String, Object> day : DailyRows.all(services)) {
                g.writeObject(day);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void write(JsonGenerator g, Object value) {
        try {
            g.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHeartbeatsCsv(Services services, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HeartbeatJson.FIELDS);
        services.database().read(c -> {
            services.heartbeats().forEach(c, stored -> csv.row(new ArrayList<>(HeartbeatJson.toMap(stored.heartbeat()).values())));
            return null;
        });
    }

    private static void writeDailyCsv(Services services, Writer out) {
        DailyRows.writeCsv(DailyRows.all(services), out);
    }

    /** Lets try-with-resources flush standard output without closing it. */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
