package dev.codehabit.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codehabit.agent.config.Settings;
import dev.codehabit.agent.config.SettingsStore;
import dev.codehabit.agent.ingest.HeartbeatParser;
import dev.codehabit.agent.ingest.IngestService;
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
import java.util.Optional;

/**
 * The data side of the agent, wired in one place: settings, the database and the services on top of it.
 * The CLI's read-only subcommands use this alone; {@link AgentCore} adds the API and the instance files.
 */
public final class Services implements AutoCloseable {
    /** An installer may ship default settings here (or name another file with -Dcodehabit.preset=...). */
    static final String PRESET_PROPERTY = "codehabit.preset";

    private final Path dataDir;
    private final ObjectMapper json;
    private final Clock clock;
    private final SettingsStore settings;
    private final Database database;
    private final HeartbeatDao heartbeats;
    private final RollupRebuilder rebuilder;
    private final IngestService ingest;
    private final StatsService stats;

    public Services(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.json = Json.mapper();
        this.settings = new SettingsStore(dataDir.resolve("settings.json"),
                Optional.ofNullable(System.getProperty(PRESET_PROPERTY)).map(Path::of), json);
        this.database = Database.open(dataDir.resolve("codehabit.db"));
        this.heartbeats = new HeartbeatDao(json);
        this.rebuilder = new RollupRebuilder(database, heartbeats);
        this.ingest = new IngestService(database, new HeartbeatParser(clock), new TimelineWriter(heartbeats),
                settings::get, clock);
        this.stats = new StatsService(database, settings::get);
        rebuildIfStale(settings.get());
        settings.onChange(this::rebuildIfStale);
    }

    private void rebuildIfStale(Settings s) {
        rebuilder.rebuildIfStale(new SpanRule(s.keystrokeTimeoutSeconds()), new DaySplitter(s.zone()));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.get().zone()));
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

    @Override
    public void close() {
        database.close();
    }
}
