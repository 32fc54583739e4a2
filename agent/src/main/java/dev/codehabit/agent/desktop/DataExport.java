package dev.codehabit.agent.desktop;

import dev.codehabit.agent.files.AtomicFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.Services;
import dev.codehabit.agent.export.DailyRows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The settings window's data actions: export the daily figures as JSON or CSV, delete one day or everything.
 * Deleting removes the raw heartbeats and recomputes the rollups from what is left, so no figure keeps them.
 */
public final class DataExport {
    private final Services services;

    public DataExport(Services services) {
        this.services = services;
    }

    public int exportJson(Path target) throws IOException {
        List<Map<String, Object>> rows = DailyRows.all(services);
        ObjectMapper json = services.json();
        AtomicFile.writeText(target, out -> json.writerWithDefaultPrettyPrinter().writeValue(out, rows));
        return rows.size();
    }

    public int exportCsv(Path target) throws IOException {
        List<Map<String, Object>> rows = DailyRows.all(services);
        AtomicFile.writeText(target, out -> DailyRows.writeCsv(rows, out));
        return rows.size();
    }

    /** Deletes the heartbeats of one local day; returns how many. */
    public int deleteDay(LocalDate day) {
        ZonedDateTime start = day.atStartOfDay(services.settings().get().zone());
        return services.deleteBetween(start.toEpochSecond(), start.plusDays(1).toEpochSecond());
    }

    public int deleteAll() {
        return services.deleteBetween(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
}
