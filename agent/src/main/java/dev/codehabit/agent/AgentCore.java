package dev.codehabit.agent;

import dev.codehabit.agent.api.ApiRoutes;
import dev.codehabit.agent.api.ApiServer;
import dev.codehabit.agent.api.Caller;
import dev.codehabit.agent.api.DashboardOpener;
import dev.codehabit.agent.api.HealthRoutes;
import dev.codehabit.agent.api.JsonBodies;
import dev.codehabit.agent.api.TokenAuthenticator;
import dev.codehabit.agent.api.UiRoutes;
import dev.codehabit.agent.commits.CommitRoutes;
import dev.codehabit.agent.commits.CommitStats;
import dev.codehabit.agent.api.TrackingSettingsRoutes;
import dev.codehabit.agent.categories.BuiltInCategories;
import dev.codehabit.agent.categories.CategoryRoutes;
import dev.codehabit.agent.categories.CategoryService;
import dev.codehabit.agent.focus.FocusRoutes;
import dev.codehabit.agent.focus.FocusService;
import dev.codehabit.agent.goals.DailyGoal;
import dev.codehabit.agent.ingest.HeartbeatRoutes;
import dev.codehabit.agent.instance.AgentFile;
import dev.codehabit.agent.instance.AgentInfo;
import dev.codehabit.agent.instance.InstanceLock;
import dev.codehabit.agent.instance.TokenStore;
import dev.codehabit.agent.pairing.ClientAuthenticator;
import dev.codehabit.agent.pairing.ClientStore;
import dev.codehabit.agent.pairing.PairingRoutes;
import dev.codehabit.agent.pairing.PairingService;
import dev.codehabit.agent.stats.StatsJson;
import dev.codehabit.agent.stats.StatsRoutes;
import dev.codehabit.agent.stats.WakaTimeRoutes;
import dev.codehabit.agent.stats.WakaTimeSummaries;
import dev.codehabit.agent.stats.WebStatsFields;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A running agent without any window: the services, the localhost API, {@code agent.json} and the data-dir
 * lock. Built before any UI starts; the desktop app is handed this.
 */
public final class AgentCore implements AutoCloseable {
    public static final String VERSION = Optional.ofNullable(AgentCore.class.getPackage().getImplementationVersion())
            .orElse("dev");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AgentCore.class);

    private final InstanceLock lock;
    private final Services services;
    private final TokenStore tokens;
    private final AgentFile agentFile;
    private final ApiServer api;
    private final Instant startedAt;
    private final SwitchableDashboard dashboard = new SwitchableDashboard();
    private final PairingService pairing;
    private final ClientStore clients;
    private final CategoryService categories;
    private final FocusService focus;
    private final DailyGoal goal;
    private volatile boolean closed;

    private AgentCore(InstanceLock lock, Path dataDir, int port, Clock clock, String mode) {
        this.lock = lock;
        this.startedAt = clock.instant();
        this.services = new Services(dataDir, clock);
        this.tokens = new TokenStore(dataDir);
        this.agentFile = new AgentFile(dataDir, services.json());
        String adminToken = tokens.current();
        List<TokenAuthenticator> authenticators = new ArrayList<>();
        authenticators.add(token -> tokens.matches(token)
                ? Optional.of(new Caller("admin", "CodeHabit agent owner", true))
                : Optional.empty());
        this.clients = new ClientStore(services.database());
        authenticators.add(new ClientAuthenticator(clients, clock));
        this.pairing = new PairingService(clients, clock);
        this.categories = new CategoryService(services.database(), BuiltInCategories.load());
        this.focus = new FocusService(services.database(), categories, clock,
                () -> services.settings().get().zone());
        this.goal = dailyGoal(services, dataDir);
        JsonBodies bodies = new JsonBodies(services.json());
        StatsJson statsJson = new StatsJson();
        statsJson.addContributor(new WebStatsFields(categories, focus));
        statsJson.addContributor(new CommitStats(services.commits()));
        List<ApiRoutes> routes = List.of(
                new HealthRoutes(VERSION, tokens::current),
                new HeartbeatRoutes(services.ingest(), bodies),
                new StatsRoutes(services.stats(), statsJson, services::today),
                new WakaTimeRoutes(services.stats(), new WakaTimeSummaries(services.json()), services::today),
                new PairingRoutes(pairing, clients, bodies, clock),
                new CategoryRoutes(categories, bodies),
                new FocusRoutes(focus, bodies),
                new TrackingSettingsRoutes(services.settings()::get),
                new UiRoutes(dashboard),
                new CommitRoutes(services.commits(), bodies, services::today, services::zone));
        this.api = new ApiServer(services.json(), authenticators, routes);
        int bound = api.start(port);
        agentFile.write(new AgentInfo(bound, adminToken, ProcessHandle.current().pid(), VERSION,
                "http://" + ApiServer.LOOPBACK + ":" + bound + "/api/v1", startedAt.toString(), mode));
        checkIntegrityInBackground(dataDir);
    }

    /**
     * Checked after each batch that changed today and after each settings change (a lowered goal may be met already);
     * a headless agent says so in its log, the desktop adds a notification.
     */
    private static DailyGoal dailyGoal(Services services, Path dataDir) {
        DailyGoal goal = new DailyGoal(services.stats(), () -> services.settings().get().dailyGoalMinutes() * 60.0,
                services::today, dataDir.resolve(DailyGoal.FILE));
        services.ingest().onIngested(days -> {
            if (days.contains(services.today().toString())) {
                goal.check();
            }
        });
        services.settings().onChange(s -> goal.check());
        goal.onReached(r -> LOG.info("Daily coding goal of {} min reached on {} ({} min coded)",
                Math.round(r.goalSeconds() / 60), r.day(), Math.round(r.codingSeconds() / 60)));
        return goal;
    }

    /**
     * SQLite's quick check of every page, in the background: on a five-year history it takes seconds, which a tray
     * app started at login should not wait for. A damaged file stops all writes (they would build on broken pages),
     * is logged as an error saying what to do, and shows in the tray.
     */
    private void checkIntegrityInBackground(Path dataDir) {
        Thread.ofVirtual().name("integrity-check").start(() -> {
            long t0 = System.nanoTime();
            Optional<String> problem;
            try {
                problem = services.database().quickCheck();
            } catch (RuntimeException e) {
                if (closed) {
                    return; // the agent stopped before the check could finish
                }
                problem = Optional.of(String.valueOf(e.getMessage()));
            }
            if (problem.isPresent()) {
                services.database().health().damaged(problem.get());
                LOG.error("The database {} is damaged ({}). The agent takes no more writes. Stop the agent, copy the "
                        + "data dir somewhere safe, then try `sqlite3 codehabit.db .recover` or restore a backup.",
                        dataDir.resolve("codehabit.db"), problem.get());
            } else {
                LOG.info("Database integrity check passed in {} ms", (System.nanoTime() - t0) / 1_000_000);
            }
        });
    }

    /**
     * Starts an agent on the data dir, or returns empty when another agent already holds it
     * (then {@link AgentFile#read()} tells where that one listens).
     */
    public static Optional<AgentCore> start(Path dataDir, int port, Clock clock, String mode) {
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AgentCore(lock.get(), dataDir, port, clock, mode));
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    public Services services() {
        return services;
    }

    public TokenStore tokens() {
        return tokens;
    }

    /** Paired bridges (the desktop's settings list and revoke them). */
    public ClientStore clients() {
        return clients;
    }

    /** Site categories (the desktop's dashboard and category editor). */
    public CategoryService categories() {
        return categories;
    }

    public FocusService focus() {
        return focus;
    }

    /** The daily coding goal reached (the desktop notifies). */
    public DailyGoal goal() {
        return goal;
    }

    /** The desktop UI subscribes here to show pairing requests for approval. */
    public PairingService pairing() {
        return pairing;
    }

    public int port() {
        return api.port();
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The desktop app registers how to show its dashboard; until then the API answers 409. */
    public void setDashboardOpener(DashboardOpener opener) {
        dashboard.delegate = opener;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            api.close();
        } finally {
            try {
                agentFile.delete();
            } finally {
                services.close();
                lock.close();
            }
        }
    }

    private static final class SwitchableDashboard implements DashboardOpener {
        private volatile DashboardOpener delegate = DashboardOpener.HEADLESS;

        @Override
        public boolean open() {
            return delegate.open();
        }
    }
}
