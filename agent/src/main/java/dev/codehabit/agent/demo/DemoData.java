package dev.codehabit.agent.demo;

import dev.codehabit.agent.focus.FocusStore;
import dev.codehabit.agent.activity.Heartbeat;
import dev.codehabit.agent.idle.InputCounts;
import dev.codehabit.agent.idle.InputMinuteTable;
import dev.codehabit.agent.ingest.IngestService;
import dev.codehabit.agent.store.Database;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --demo}: writes a made-up history through the real ingest path (same validation, spans and rollups as
 * real heartbeats), so the dashboard, the API and exports all see it like real data. Demo heartbeats carry
 * source "demo"; a second run adds nothing (the store drops duplicates by time, entity and source).
 */
public final class DemoData {
    public static final int DAYS = 90;
    private static final int BATCH = 2000;

    private final IngestService ingest;
    private final InputMinuteTable minutes;
    private final Clock clock;

    public DemoData(IngestService ingest, InputMinuteTable minutes, Clock clock) {
        this.ingest = ingest;
        this.minutes = minutes;
        this.clock = clock;
    }

    /**
     * Focus sessions on most weekday mornings (50 min) and some afternoons (25 min), written to focus mode's
     * table as the tray's Start Focus would; skipped when a demo run already wrote them.
     */
    public int fillFocusSessions(Database db, int days, ZoneId zone) {
        ZonedDateTime now = clock.instant().atZone(zone);
        java.util.Random random = new java.util.Random(days * 31L + 7);
        List<double[]> sessions = new ArrayList<>();
        for (LocalDate d = now.toLocalDate().minusDays(days - 1L); !d.isAfter(now.toLocalDate()); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            if (!weekend && random.nextDouble() < 0.6) {
                sessions.add(session(d, zone, 9.75, 50));
            }
            if (!weekend && random.nextDouble() < 0.3) {
                sessions.add(session(d, zone, 14.5, 25));
            }
        }
        double limit = now.toEpochSecond();
        FocusStore store = new FocusStore();
        return db.write(c -> {
            int written = 0;
            for (double[] s : sessions) {
                if (s[1] <= limit && store.addManualOnce(c, s[0], s[1])) { // none in the future
                    written++;
                }
            }
            return written;
        });
    }

    private static double[] session(LocalDate day, ZoneId zone, double hour, int minutes) {
        double start = day.atStartOfDay(zone).toEpochSecond() + hour * 3600;
        return new double[] {start, start + minutes * 60};
    }

    /** @return how many heartbeats were generated (duplicates of an earlier run included) */
    public int fill(int days, ZoneId zone) {
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        List<Heartbeat> batch = new ArrayList<>(BATCH);
        Map<Instant, InputCounts> perMinute = new HashMap<>();
        int[] count = {0};
        new DemoHistory(days * 7919L + 42, zone).generate(today, days, now, h -> {
            batch.add(h);
            count[0]++;
            if (batch.size() == BATCH) {
                ingest.record(List.copyOf(batch));
                batch.clear();
            }
        }, (minute, c) -> perMinute.merge(Instant.ofEpochSecond(minute * 60), c, InputCounts::plus));
        if (!batch.isEmpty()) {
            ingest.record(batch);
        }
        minutes.recordAll(perMinute);
        return count[0];
    }
}
