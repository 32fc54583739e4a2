package dev.codehabit.agent.focus;

import dev.codehabit.agent.refusal.InvalidInputException;
import dev.codehabit.agent.categories.Category;
import dev.codehabit.agent.categories.CategoryChangeRefusedException;
import dev.codehabit.agent.categories.CategoryService;
import dev.codehabit.agent.categories.Domains;
import dev.codehabit.agent.store.Database;
import dev.codehabit.agent.timeline.DaySplitter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Focus mode: sessions started by hand or by a schedule, the blocklist, and the distraction attempts
 * the browsers report. Schedules are checked whenever the state is asked for; the browsers ask every
 * few seconds, so a scheduled session starts within that.
 */
public final class FocusService {
    public static final int MAX_MINUTES = 12 * 60;
    /** A strict session cannot be ended early, so it may not run longer than a long stretch of work. */
    public static final int MAX_STRICT_MINUTES = 4 * 60;
    /** A strict schedule leaves at least a third of every day free of it. */
    public static final Duration MAX_STRICT_WINDOW = Duration.ofHours(16);
    /** What the owner types to leave a strict session; it then ends after {@link #UNLOCK_COOLDOWN_SECONDS}. */
    public static final String UNLOCK_PHRASE = "I want to end strict focus";
    public static final int UNLOCK_COOLDOWN_SECONDS = 5 * 60;
    private static final Logger LOG = LoggerFactory.getLogger(FocusService.class);
    /** Attempts are accepted up to this old (a browser's offline queue) and never from the future. */
    private static final double ATTEMPT_MAX_AGE_SECONDS = 30 * 24 * 3600;

    private final Database db;
    private final CategoryService categories;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final FocusStore store = new FocusStore();
    private final BlockRuleCache blockRules = new BlockRuleCache(BlockRules::expand);

    public FocusService(Database db, CategoryService categories, Clock clock, Supplier<ZoneId> zone) {
        this.db = db;
        this.categories = categories;
        this.clock = clock;
        this.zone = zone;
        categories.addChangeGuard((current, next) -> refuseWeakerBlocking(blocklist(), next, "change site categories",
                CategoryChangeRefusedException::new));
    }

    public FocusState state() {
        double now = now();
        Optional<FocusSession> running = db.read(c -> store.latestRunning(c, now));
        if (running.isEmpty()) {
            running = startDueSchedule(now);
        }
        Blocklist blocklist = blocklist();
        FocusSession s = running.orElse(null);
        return new FocusState(s != null,
                s == null ? null : iso(s.startedAt()),
                s == null ? null : iso(s.endsAt()),
                s != null && s.strict(),
                s == null ? null : s.origin(),
                blocklist.domains(), blocklist.categories(),
                s == null ? List.of() : blockRules.rules(blocklist, categories.snapshot()));
    }

    /**
     * The end of the session running now, whoever started it (the tray, a schedule, the API, a bridge); empty when
     * none runs. Like {@link #state()}, starts a schedule's session that is due.
     */
    public Optional<Instant> runningUntil() {
        return Optional.ofNullable(state().endsAt()).map(Instant::parse);
    }

    public FocusState start(int minutes, boolean strict) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new InvalidInputException("minutes must be between 1 and " + MAX_MINUTES);
        }
        if (strict && minutes > MAX_STRICT_MINUTES) {
            throw new InvalidInputException("a strict session lasts at most " + MAX_STRICT_MINUTES + " minutes");
        }
        double now = now();
        db.write(c -> {
            Optional<FocusSession> running = store.latestRunning(c, now);
            if (running.isPresent()) {
                throw new FocusConflictException("A focus session is already running until "
                        + iso(running.get().endsAt()) + "; end it first");
            }
            return store.insert(c, now, now + minutes * 60.0, strict, "manual");
        });
        return state();
    }

    /** Ends the running session early; refused while a strict one runs. No session: nothing to do. */
    public void end() {
        double now = now();
        db.write(c -> {
            Optional<FocusSession> running = store.latestRunning(c, now);
            if (running.isEmpty()) {
                return null;
            }
            if (running.get().strict()) {
                throw new FocusConflictException("This is a strict focus session; it ends at " + iso(running.get().endsAt()));
            }
            store.end(c, running.get().id(), now);
            return null;
        });
    }

    /**
     * Ends the running strict session after a cool-down (it keeps blocking until then), logged and counted as a
     * distraction attempt. The owner's deliberate way out; the API asks for a typed confirmation first.
     */
    public FocusState unlockStrict() {
        double now = now();
        db.write(c -> {
            FocusSession running = store.latestRunning(c, now).filter(FocusSession::strict)
                    .orElseThrow(() -> new FocusConflictException("No strict focus session is running"));
            double endsAt = Math.min(running.endsAt(), now + UNLOCK_COOLDOWN_SECONDS);
            store.endAt(c, running.id(), endsAt);
            store.addAttempt(c, now, UNLOCKED_ATTEMPT);
            LOG.warn("Strict focus session {} unlocked by the owner; it ends at {}", running.id(), iso(endsAt));
            return null;
        });
        return state();
    }

    /** How an unlock shows among the distraction attempts (which otherwise name the blocked site). */
    static final String UNLOCKED_ATTEMPT = "strict-focus-unlocked";

    public Blocklist blocklist() {
        return db.read(store::blocklist);
    }

    public Blocklist replaceBlocklist(List<String> domains, List<String> categoryIds) {
        List<String> normalized = domains.stream().map(d -> Domains.normalize(d, "blocked domain")).distinct().toList();
        var known = categories.snapshot().categories();
        for (String id : categoryIds) {
            if (!known.containsKey(id)) {
                throw new InvalidInputException("unknown category " + id + "; known: "
                        + known.values().stream().map(Category::id).toList());
            }
        }
        Blocklist blocklist = new Blocklist(normalized, categoryIds.stream().distinct().toList());
        refuseWeakerBlocking(blocklist, categories.snapshot(), "shrink the blocklist", FocusConflictException::new);
        db.write(c -> {
            store.replaceBlocklist(c, blocklist);
            return null;
        });
        return blocklist;
    }

    public List<FocusSchedule> schedules() {
        return db.read(store::schedules);
    }

    public List<FocusSchedule> replaceSchedules(List<FocusSchedule> schedules) {
        for (FocusSchedule s : schedules) {
            if (s.strict() && Duration.between(s.start(), s.end()).compareTo(MAX_STRICT_WINDOW) > 0) {
                throw new InvalidInputException("a strict schedule covers at most " + MAX_STRICT_WINDOW.toHours()
                        + " hours of a day, not " + s.start() + "-" + s.end());
            }
        }
        Optional<FocusSession> strict = runningStrict();
        if (strict.isPresent()) {
            Set<String> kept = schedules.stream().map(FocusSchedule::key).collect(Collectors.toSet());
            List<String> dropped = schedules().stream().filter(FocusSchedule::strict).map(FocusSchedule::key)
                    .filter(key -> !kept.contains(key)).toList();
            if (!dropped.isEmpty()) {
                throw new FocusConflictException("A strict focus session runs until " + iso(strict.get().endsAt())
                        + "; strict schedules cannot be removed or changed until then: " + dropped);
            }
        }
        db.write(c -> {
            store.replaceSchedules(c, schedules);
            return null;
        });
        return schedules();
    }

    /** @return false for a repeat of an attempt already recorded */
    public boolean recordAttempt(String domain, double time) {
        String d = Domains.normalize(domain, "domain");
        double now = now();
        if (!Double.isFinite(time) || time > now + 60 || time < now - ATTEMPT_MAX_AGE_SECONDS) {
            throw new InvalidInputException("time must be epoch seconds within the last 30 days");
        }
        return db.write(c -> store.addAttempt(c, time, d));
    }

    /** Distraction attempts per local day over [from, to], in one read; days without any are absent. */
    public Map<LocalDate, Long> attemptsPerDay(LocalDate from, LocalDate to) {
        ZoneId z = zone.get();
        double a = from.atStartOfDay(z).toEpochSecond();
        double b = to.plusDays(1).atStartOfDay(z).toEpochSecond();
        Map<LocalDate, Long> perDay = new HashMap<>();
        DaySplitter days = new DaySplitter(z);
        for (double t : db.read(c -> store.attemptTimes(c, a, b))) {
            perDay.merge(days.dayOf(t), 1L, Long::sum);
        }
        return perDay;
    }

    /** Starts today's session of a schedule whose window is now, once per schedule and day. */
    private Optional<FocusSession> startDueSchedule(double now) {
        ZonedDateTime local = Instant.ofEpochMilli((long) (now * 1000)).atZone(zone.get());
        for (FocusSchedule schedule : schedules()) {
            boolean today = schedule.days().contains(local.getDayOfWeek());
            boolean inWindow = !local.toLocalTime().isBefore(schedule.start()) && local.toLocalTime().isBefore(schedule.end());
            if (!today || !inWindow) {
                continue;
            }
            String origin = "schedule:" + schedule.key() + ":" + local.toLocalDate();
            double endsAt = local.toLocalDate().atTime(schedule.end()).atZone(zone.get()).toEpochSecond();
            Optional<FocusSession> started = db.write(c -> store.originExists(c, origin)
                    ? Optional.<FocusSession>empty()
                    : Optional.of(store.insert(c, now, endsAt, schedule.strict(), origin)));
            if (started.isPresent()) {
                return started;
            }
        }
        return Optional.empty();
    }

    private Optional<FocusSession> runningStrict() {
        double now = now();
        return db.read(c -> store.latestRunning(c, now)).filter(FocusSession::strict);
    }

    /**
     * While a strict session runs nothing may unblock a site it blocks: the change is refused (a 409)
     * unless every rule blocking now still blocks after it. Adding blocks is always allowed.
     */
    private void refuseWeakerBlocking(Blocklist nextBlocklist, CategoryService.Snapshot nextCategories, String what,
                                      Function<String, RuntimeException> refusal) {
        Optional<FocusSession> strict = runningStrict();
        if (strict.isEmpty()) {
            return;
        }
        Set<String> after = BlockRules.expand(nextBlocklist, nextCategories).stream().map(FocusService::ruleKey)
                .collect(Collectors.toSet());
        List<String> lost = blockRules.rules(blocklist(), categories.snapshot()).stream().map(FocusService::ruleKey)
                .filter(rule -> !after.contains(rule)).limit(5).toList();
        if (!lost.isEmpty()) {
            throw refusal.apply("A strict focus session runs until " + iso(strict.get().endsAt()) + "; you cannot "
                    + what + " in a way that unblocks sites until then (would unblock " + lost + ")");
        }
    }

    private static String ruleKey(BlockRule rule) {
        return rule.type() + ":" + rule.pattern();
    }

    private double now() {
        return clock.millis() / 1000.0;
    }

    private static String iso(double epochSeconds) {
        return Instant.ofEpochMilli(Math.round(epochSeconds * 1000)).toString();
    }
}
