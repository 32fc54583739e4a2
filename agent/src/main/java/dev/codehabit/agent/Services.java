package dev.codehabit.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.commits.CommitDao;
import dev.codehabit.agent.commits.CommitParser;
import dev.codehabit.agent.commits.CommitService;
import dev.codehabit.agent.config.Settings;
import dev.codehabit.agent.config.SettingsStore;
import dev.codehabit.agent.ingest.HeartbeatParser;
import dev.codehabit.agent.ingest.IngestService;
import dev.codehabit.agent.ingest.TrackedSources;
import dev.codehabit.agent.stats.StatsService;
import dev.codehabit.agent.store.Database;
import dev.codehabit.agent.store.HeartbeatDao;
import dev.codehabit.agent.store.RollupRebuilder;
import dev.codehabit.agent.store.TimelineWriter;
import dev.codehabit.agent.timeline.DaySplitter;
import dev.codehabit.agent.timeline.SpanRule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * The data side of the agent, wired in one place: settings, the database and the services on top of it.
 * The CLI's read-only subcommands use this alone; {@link AgentCore} adds the API and the instance files.
 */
public final class Services implements AutoCloseable {
    /** The SQLite file in the data dir; its presence is what makes a folder a CodeHabit data dir. */
    public static final String DATABASE_FILE = "codehabit.db";

    /** An installer may ship default settings here (or name another file with -Dcodehabit.preset=...). */
    static final String PRESET_PROPERTY = "codehabit.preset";

    private final Path dataDir;
    private final ObjectMapper json;
    private final Clock clock;
    private final SettingsStore settings;
    private final Database database;
    private final HeartbeatDao heartbeats;
    private final RollupRebuilder rebuilder;
    private final TimelineWriter timeline;
    private final IngestService ingest;
    private final StatsService stats;
    private final CommitService commits;
    private final Supplier<ZoneId> zone;

    /** Services for the process that owns the data dir (holds its lock): it keeps the rollups up to date. */
    public Services(Path dataDir, Clock clock) {
        this(dataDir, clock, true);
    }

    /**
     * @param owner whether this process holds the data dir's lock. Only the owner rebuilds derived tables;
     *              a reader (a CLI command next to a running agent) reads them as built, in the zone they were
     *              built in, whatever its own time zone says.
     */
    public Services(Path dataDir, Clock clock, boolean owner) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.json = Json.mapper();
        this.settings = new SettingsStore(dataDir.resolve("settings.json"),
                Optional.ofNullable(System.getProperty(PRESET_PROPERTY)).map(Path::of), json);
        this.database = Database.open(dataDir.resolve(DATABASE_FILE));
        this.heartbeats = new HeartbeatDao(json);
        this.rebuilder = new RollupRebuilder(database, heartbeats);
        this.timeline = new TimelineWriter(heartbeats);
        this.ingest = new IngestService(database, new HeartbeatParser(clock), timeline,
                settings::get, clock);
        if (owner) {
            this.zone = () -> settings.get().zone();
            rebuildIfStale(settings.get());
            settings.onChange(this::rebuildIfStale);
        } else {
            java.time.ZoneId built = rebuilder.builtZone().orElse(settings.get().zone());
            this.zone = () -> built;
        }
        this.stats = new StatsService(database, zone);
        ingest.onIngested(stats::invalidate);
        ingest.addGate(new TrackedSources(settings::get));
        this.commits = new CommitService(database, new CommitDao(), new CommitParser(clock), zone, clock);
    }

    private void rebuildIfStale(Settings s) {
        if (rebuilder.rebuildIfStale(new SpanRule(s.keystrokeTimeoutSeconds()), new DaySplitter(s.zone())) && stats != null) {
            stats.invalidateAll();
        }
    }

    /**
     * Deletes the heartbeats with {@code from <= time < to} and recomputes every figure from what is left: the
     * rollups, the stats cache, and the stream tails the next heartbeat would otherwise settle against.
     */
    public int deleteBetween(double from, double to) {
        int deleted = database.write(c -> {
            int n = heartbeats.deleteBetween(c, from, to);
            timeline.forgetTails(); // under the writer: no ingest can use a deleted tail in between
            return n;
        });
        Settings s = settings.get();
        rebuilder.rebuild(new SpanRule(s.keystrokeTimeoutSeconds()), new DaySplitter(s.zone()));
        stats.invalidateAll();
        return deleted;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone.get()));
    }

    /** The zone days are counted in. */
    public ZoneId zone() {
        return zone.get();
    }

    public Path dataDir() {
        return dataDir;
    }

    public ObjectMapper json() {
        return json;
    }

    public Clock clock() {
        return clock;
    }

    public SettingsStore settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public HeartbeatDao heartbeats() {
        return heartbeats;
    }

    public IngestService ingest() {
        return ingest;
    }

    public StatsService stats() {
        return stats;
    }

    public CommitService commits() {
        return commits;
    }

    @Override
    public void close() {
        database.close();
    }
}
