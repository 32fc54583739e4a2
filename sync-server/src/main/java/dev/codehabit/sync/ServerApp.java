package dev.codehabit.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.codehabit.sync.account.AccountDeletionListener;
import dev.codehabit.sync.account.AccountDirectory;
import dev.codehabit.sync.account.AccountRoutes;
import dev.codehabit.sync.account.AccountService;
import dev.codehabit.sync.account.AccountStore;
import dev.codehabit.sync.account.Credentials;
import dev.codehabit.sync.account.ExportSection;
import dev.codehabit.sync.account.MeRoutes;
import dev.codehabit.sync.account.PasswordHasher;
import dev.codehabit.sync.account.SignInGuard;
import dev.codehabit.sync.account.SignInLimits;
import dev.codehabit.sync.auth.Authenticator;
import dev.codehabit.sync.auth.SessionRoutes;
import dev.codehabit.sync.auth.SessionStore;
import dev.codehabit.sync.auth.Tokens;
import dev.codehabit.sync.config.ServerConfig;
import dev.codehabit.sync.device.DeviceCodeRoutes;
import dev.codehabit.sync.device.DeviceCodeStore;
import dev.codehabit.sync.device.DeviceDeletionListener;
import dev.codehabit.sync.device.DeviceRoutes;
import dev.codehabit.sync.device.DeviceStore;
import dev.codehabit.sync.http.ApiErrors;
import dev.codehabit.sync.http.HealthRoutes;
import dev.codehabit.sync.http.Routes;
import dev.codehabit.sync.oidc.IdentityStore;
import dev.codehabit.sync.oidc.OidcClient;
import dev.codehabit.sync.oidc.OidcLoginStore;
import dev.codehabit.sync.oidc.OidcRoutes;
import dev.codehabit.sync.oidc.OidcSignIn;
import dev.codehabit.sync.admin.AccountErasure;
import dev.codehabit.sync.privacy.PrivacyListener;
import dev.codehabit.sync.privacy.PrivacySettings;
import dev.codehabit.sync.privacy.PrivacyRoutes;
import dev.codehabit.sync.privacy.PrivacyService;
import dev.codehabit.sync.privacy.PrivacyStore;
import dev.codehabit.sync.ratelimit.InProcessRateLimiter;
import dev.codehabit.sync.ratelimit.RateLimiter;
import dev.codehabit.sync.ratelimit.RedisRateLimiter;
import dev.codehabit.sync.ratelimit.TooManyRequests;
import dev.codehabit.sync.redis.Redis;
import dev.codehabit.sync.store.Database;
import dev.codehabit.sync.store.RandomIds;
import dev.codehabit.sync.badge.BadgeRoutes;
import dev.codehabit.sync.badge.Badges;
import dev.codehabit.sync.days.DayRoutes;
import dev.codehabit.sync.days.DayStore;
import dev.codehabit.sync.days.DaySync;
import dev.codehabit.sync.days.DayValidator;
import dev.codehabit.sync.days.UploadLimit;
import dev.codehabit.sync.leaderboard.AccountProfiles;
import dev.codehabit.sync.leaderboard.BoardIndex;
import dev.codehabit.sync.leaderboard.BoardMaintenance;
import dev.codehabit.sync.leaderboard.LeaderboardRoutes;
import dev.codehabit.sync.leaderboard.Leaderboards;
import dev.codehabit.sync.leaderboard.Listing;
import dev.codehabit.sync.leaderboard.MemberSettings;
import dev.codehabit.sync.leaderboard.MemberStore;
import dev.codehabit.sync.leaderboard.MemoryRankStore;
import dev.codehabit.sync.leaderboard.Profiles;
import dev.codehabit.sync.leaderboard.RankStore;
import dev.codehabit.sync.leaderboard.RedisRankStore;
import dev.codehabit.sync.live.LiveBus;
import dev.codehabit.sync.live.LiveStream;
import dev.codehabit.sync.live.LocalBus;
import dev.codehabit.sync.live.RedisBus;
import dev.codehabit.sync.team.TeamRoutes;
import dev.codehabit.sync.team.TeamStore;
import dev.codehabit.sync.team.Teams;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: builds the whole object graph of one server instance, in dependency order, and hands
 * each class only what it uses. Nothing else constructs services.
 */
public final class ServerApp implements AutoCloseable {
    private final Database database;
    private final Optional<Redis> redis;
    private final Javalin http;

    private final List<AutoCloseable> closeables;

    private ServerApp(Database database, Optional<Redis> redis, Javalin http, List<AutoCloseable> closeables) {
        this.database = database;
        this.redis = redis;
        this.http = http;
        this.closeables = closeables;
    }

    /** Background work and streams stop before the stores they use. */
    private static void closeAll(List<AutoCloseable> closeables) {
        for (AutoCloseable c : closeables.reversed()) {
            try {
                c.close();
            } catch (Exception e) {
                // closing: nothing left to do with the failure
            }
        }
    }

    /** Builds and starts an instance; the caller closes it. */
    public static ServerApp start(ServerConfig config, Clock clock) {
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .findAndRegisterModules();
        Database database = Database.open(config.jdbcUrl(), 16);
        Optional<Redis> redis = config.redisUri().map(Redis::new);
        List<AutoCloseable> closeables = new ArrayList<>();
        try {
            List<Routes> routes = new ArrayList<>();
            routes.add(new HealthRoutes(database, redis.isPresent(), version()));
            routes.add(TooManyRequests::register);

            // identity (13a): accounts, sessions, devices, privacy. The four lists below are filled by the
            // features that keep data per account or device (days, boards, teams) before the first request.
            List<DeviceDeletionListener> deviceDeletionListeners = new ArrayList<>();
            List<AccountDeletionListener> accountDeletionListeners = new ArrayList<>();
            List<PrivacyListener> privacyListeners = new ArrayList<>();
            List<ExportSection> exportSections = new ArrayList<>();
            RandomIds ids = new RandomIds();
            Tokens tokens = new Tokens();
            RateLimiter rateLimiter = redis.<RateLimiter>map(r -> new RedisRateLimiter(r, clock))
                    .orElseGet(() -> new InProcessRateLimiter(clock));
            AccountStore accounts = new AccountStore(database);
            AccountDirectory accountDirectory = accounts;
            SessionStore sessions = new SessionStore(database, tokens, ids, clock);
            DeviceStore devices = new DeviceStore(database, tokens, ids, clock);
            Authenticator authenticator = new Authenticator(sessions, devices);
            PrivacyService privacy = new PrivacyService(new PrivacyStore(database), privacyListeners, clock);
            AccountService accountService = new AccountService(accounts, new Credentials(),
                    new PasswordHasher(PasswordHasher.Cost.DEFAULT), ids, clock);
            SignInGuard signInGuard = new SignInGuard(rateLimiter, SignInLimits.DEFAULT);
            exportSections.add(ExportSection.of("account", id -> accounts.get(id).map(AccountRoutes::view).orElse(null)));
            exportSections.add(ExportSection.of("sessions", id -> sessions.list(id).stream().map(SessionRoutes::view).toList()));
            exportSections.add(ExportSection.of("devices", id -> devices.list(id).stream().map(DeviceRoutes::view).toList()));
            exportSections.add(ExportSection.of("privacy", id -> PrivacyRoutes.view(id, privacy.get(id))));
            routes.add(new AccountRoutes(accountService, accounts, sessions, authenticator, signInGuard));
            routes.add(new MeRoutes(authenticator, accounts, accountService, signInGuard, sessions, exportSections,
                    accountDeletionListeners, clock));
            routes.add(new SessionRoutes(authenticator, sessions));
            routes.add(new DeviceRoutes(authenticator, devices, deviceDeletionListeners));
            routes.add(new DeviceCodeRoutes(authenticator, new DeviceCodeStore(database), devices, rateLimiter, tokens,
                    config.baseUrl(), clock));
            routes.add(new PrivacyRoutes(authenticator, privacy));
            IdentityStore identities = new IdentityStore(database);
            OidcSignIn oidcSignIn = new OidcSignIn(config.oidcProviders(), new OidcClient(), new OidcLoginStore(database),
                    identities, accountService, accounts, tokens, config.baseUrl(), clock);
            exportSections.add(ExportSection.of("oidc_identities", id -> identities.list(id).stream().map(OidcRoutes::view).toList()));
            routes.add(new OidcRoutes(oidcSignIn, identities, sessions, authenticator));

            // data (13b): day sync, boards, live stream, teams, badges
            RankStore rankStore = redis.<RankStore>map(r -> new RedisRankStore(r.client())).orElseGet(MemoryRankStore::new);
            LiveBus bus = redis.<LiveBus>map(r -> new RedisBus(r.client(), r.uri())).orElseGet(LocalBus::new);
            closeables.add(bus);
            LiveStream live = new LiveStream(bus, clock);
            closeables.add(live);
            DayStore dayStore = new DayStore(json);
            MemberStore memberStore = new MemberStore();
            MemberSettings memberSettings = id -> listing(privacy.get(id));
            BoardIndex boardIndex = new BoardIndex(database, dayStore, memberStore, rankStore, memberSettings, live::changed, clock);
            DaySync daySync = new DaySync(database, dayStore, new DayValidator(clock), boardIndex, clock);
            deviceDeletionListeners.add(daySync::deviceDeleted);
            privacyListeners.add((id, now) -> boardIndex.listingChanged(id, listing(now)));
            UploadLimit uploadLimit = device -> {
                RateLimiter.Decision d = rateLimiter.tryAcquire("upload:" + device, DayRoutes.PER_DEVICE_PER_MINUTE, Duration.ofMinutes(1));
                return d.allowed() ? Optional.empty() : Optional.of(d.retryAfter());
            };
            Profiles profiles = new AccountProfiles(accountDirectory);
            TeamStore teamStore = new TeamStore();
            Teams teams = new Teams(database, teamStore, memberStore, dayStore, ids::next, clock);
            accountDeletionListeners.add(new AccountErasure(database, dayStore, boardIndex, teams, live::changed));
            exportSections.add(ExportSection.of("days", id -> database.read(c -> dayStore.export(c, id))));
            exportSections.add(ExportSection.of("teams", teams::export));
            Leaderboards leaderboards = new Leaderboards(database, dayStore, memberStore, rankStore, profiles, teams,
                    boardIndex::ensureCurrent, clock);
            routes.add(new DayRoutes(authenticator, daySync, uploadLimit, json));
            routes.add(new LeaderboardRoutes(authenticator, leaderboards));
            routes.add(live);
            routes.add(new TeamRoutes(authenticator, teams, profiles, json));
            routes.add(new BadgeRoutes(new Badges(database, memberStore, dayStore, leaderboards, profiles, clock), json));
            BoardMaintenance maintenance = new BoardMaintenance(database, memberStore, boardIndex, clock);
            closeables.add(maintenance);
            maintenance.start();

            Javalin http = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.startup.showOldJavalinVersionWarning = false;
                c.jsonMapper(new JavalinJackson(json, false));
                c.http.maxRequestSize = 64L * 1024;
                ApiErrors.register(c);
                routes.forEach(r -> r.register(c));
            });
            http.start(config.port());
            return new ServerApp(database, redis, http, closeables);
        } catch (RuntimeException e) {
            closeAll(closeables);
            redis.ifPresent(Redis::close);
            database.close();
            throw e;
        }
    }

    /**
     * The admin CLI's hide/unhide: the board row changes in the database (running instances re-rank within
     * seconds) and, with Redis, the shared ranking sets change at once. False when there is no such user.
     */
    public static boolean setHidden(ServerConfig config, Clock clock, String username, boolean hidden) {
        ObjectMapper json = new ObjectMapper();
        try (Database database = Database.open(config.jdbcUrl(), 2)) {
            Optional<Redis> redis = config.redisUri().map(Redis::new);
            try (RankStore ranks = redis.<RankStore>map(r -> new RedisRankStore(r.client())).orElseGet(MemoryRankStore::new)) {
                Optional<Long> id = new AccountStore(database).findByUsername(username).map(a -> a.id());
                if (id.isEmpty()) {
                    return false;
                }
                PrivacyService privacy = new PrivacyService(new PrivacyStore(database), List.of(), clock);
                new BoardIndex(database, new DayStore(json), new MemberStore(), ranks, a -> listing(privacy.get(a)), a -> { }, clock)
                        .hidden(id.get(), hidden);
                return true;
            } finally {
                redis.ifPresent(Redis::close);
            }
        }
    }

    private static Listing listing(PrivacySettings s) {
        return new Listing(s.leaderboards(), s.showLanguages(), s.publicProfile(), s.anonymous(), s.teamsOnly());
    }

    static String version() {
        String v = ServerApp.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop();
        closeAll(closeables);
        redis.ifPresent(Redis::close);
        database.close();
    }
}
