package dev.codehabit.agent.commits;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.store.Database;
import dev.codehabit.agent.timeline.DaySplitter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Stores reported commits and relates each to the coding time spent on its project and branch before it. */
public final class CommitService {
    /** A project's first known commit gets the coding time of the day before it, not all history. */
    public static final double FIRST_WINDOW_SECONDS = 24 * 3600;

    private final Database db;
    private final CommitDao dao;
    private final CommitParser parser;
    private final Supplier<ZoneId> zone;
    private final Clock clock;

    public CommitService(Database db, CommitDao dao, CommitParser parser, Supplier<ZoneId> zone, Clock clock) {
        this.db = db;
        this.dao = dao;
        this.parser = parser;
        this.zone = zone;
        this.clock = clock;
    }

    /** Validates each item on its own and stores all valid ones in one transaction; results match input order. */
    public List<CommitResult> ingest(List<JsonNode> items) {
        List<Object> parsed = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            try {
                parsed.add(parser.parse(item));
            } catch (InvalidCommitException e) {
                parsed.add(new CommitResult.Rejected(e.getMessage()));
            }
        }
        double receivedAt = clock.millis() / 1000.0;
        return db.write(c -> {
            List<CommitResult> results = new ArrayList<>(items.size());
            for (Object p : parsed) {
                if (p instanceof Commit commit) {
                    boolean inserted = dao.insert(c, commit, receivedAt);
                    results.add(new CommitResult.Stored(inserted ? commit : dao.find(c, commit.hash()), !inserted));
                } else {
                    results.add((CommitResult) p);
                }
            }
            return results;
        });
    }

    /** Commits made on the local days {@code from..to} (inclusive), oldest first, each with its coding time. */
    public List<CommitReport> commits(LocalDate from, LocalDate to) {
        double start = startOf(from);
        double end = startOf(to.plusDays(1));
        return db.read(c -> {
            List<CommitReport> out = new ArrayList<>();
            for (Commit commit : dao.between(c, start, end)) {
                OptionalDouble previous = dao.previousTime(c, commit);
                double since = previous.orElse(commit.time() - FIRST_WINDOW_SECONDS);
                out.add(new CommitReport(commit, since, previous.isPresent(),
                        dao.codingSeconds(c, commit.project(), commit.branch(), since, commit.time())));
            }
            return out;
        });
    }

    /** How many commits were made on each local day of {@code from..to} in {@code dayZone} (days without: absent). */
    public Map<LocalDate, Long> countPerDay(LocalDate from, LocalDate to, ZoneId dayZone) {
        double start = from.atStartOfDay(dayZone).toEpochSecond();
        double end = to.plusDays(1).atStartOfDay(dayZone).toEpochSecond();
        List<Double> times = db.read(c -> dao.timesBetween(c, start, end));
        Map<LocalDate, Long> perDay = new TreeMap<>();
        DaySplitter days = new DaySplitter(dayZone);
        for (double t : times) {
            perDay.merge(days.dayOf(t), 1L, Long::sum);
        }
        return perDay;
    }

    private double startOf(LocalDate day) {
        return day.atStartOfDay(zone.get()).toEpochSecond();
    }
}
