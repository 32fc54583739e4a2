package dev.codehabit.sync.leaderboard;

import dev.codehabit.sync.days.DayChanges;
import dev.codehabit.sync.days.DayStore;
import dev.codehabit.sync.days.StoredDay;
import dev.codehabit.sync.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Keeps the ranking sets equal to the days in the database. The sets exist for every window end date that is
 * or will soon be some zone's today ({@link #liveDates}: yesterday to the day after tomorrow in UTC); an upload
 * rewrites the uploader's scores in all of them (in its transaction, with the member row locked, so a user's
 * writes land in commit order), and a date entering that range is built once from the database.
 */
public final class BoardIndex implements DayChanges {
    private static final Logger LOG = LoggerFactory.getLogger(BoardIndex.class);
    private static final int FILL_BATCH = 10_000;
    private final Database database;
    private final DayStore days;
    private final MemberStore members;
    private final RankStore ranks;
    private final MemberSettings settings;
    private final LongConsumer changed;
    private final Clock clock;
    private volatile LocalDate maintainedFor;

    public BoardIndex(Database database, DayStore days, MemberStore members, RankStore ranks, MemberSettings settings,
                      LongConsumer changed, Clock clock) {
        this.database = database;
        this.days = days;
        this.members = members;
        this.ranks = ranks;
        this.settings = settings;
        this.changed = changed;
        this.clock = clock;
    }

    /** The window end dates with ranking sets: every date some zone (UTC-12 to UTC+14) is on, and the next. */
    public List<LocalDate> liveDates() {
        LocalDate utc = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return List.of(utc.minusDays(1), utc, utc.plusDays(1), utc.plusDays(2));
    }

    @Override
    public void changed(Connection c, long accountId, Optional<ZoneId> zone) throws SQLException {
        Optional<Member> before = members.lock(c, accountId, database.kind() == Database.Kind.POSTGRESQL);
        Member was = before.orElseGet(() -> new Member(accountId, zone.orElse(ZoneOffset.UTC), settings.of(accountId), false, Set.of()));
        Member now = new Member(accountId, zone.orElse(was.zone()), was.listing(), was.hidden(), was.rankedLanguages());
        rerank(c, was, now, 0, before.isPresent());
    }

    @Override
    public void committed(long accountId) {
        changed.accept(accountId);
    }

    /** The member's privacy choices changed: boards follow at once, here and (by the poll) on every instance. */
    public void listingChanged(long accountId, Listing listing) {
        database.write(c -> {
            Optional<Member> before = members.lock(c, accountId, database.kind() == Database.Kind.POSTGRESQL);
            Member was = before.orElseGet(() -> new Member(accountId, ZoneOffset.UTC, Listing.NOT_LISTED, false, Set.of()));
            rerank(c, was, new Member(accountId, was.zone(), listing, was.hidden(), was.rankedLanguages()), clock.millis(), before.isPresent());
            return null;
        });
        changed.accept(accountId);
    }

    /** Hides or shows a user on every board (the admin CLI); false when the user has no board row yet. */
    public void hidden(long accountId, boolean hidden) {
        database.write(c -> {
            Optional<Member> before = members.lock(c, accountId, database.kind() == Database.Kind.POSTGRESQL);
            Member was = before.orElseGet(() -> new Member(accountId, ZoneOffset.UTC, settings.of(accountId), false, Set.of()));
            rerank(c, was, new Member(accountId, was.zone(), was.listing(), hidden, was.rankedLanguages()), clock.millis(), before.isPresent());
            return null;
        });
        changed.accept(accountId);
    }

    /** Re-ranks members whose row another process changed (the admin CLI, another instance). */
    public void refresh(List<Long> accountIds) {
        for (long id : accountIds) {
            database.write(c -> {
                Optional<Member> m = members.lock(c, id, database.kind() == Database.Kind.POSTGRESQL);
                if (m.isPresent()) {
                    rerank(c, m.get(), m.get(), 0, true);
                }
                return null;
            });
            changed.accept(id);
        }
    }

    /** The account is deleted: off every board, its row gone. Runs in the deleting transaction. */
    public void deleted(Connection c, long accountId) throws SQLException {
        Optional<Member> before = members.lock(c, accountId, database.kind() == Database.Kind.POSTGRESQL);
        if (before.isPresent()) {
            Member m = before.get();
            rerank(c, m, new Member(accountId, m.zone(), Listing.NOT_LISTED, true, m.rankedLanguages()), 0, true);
            members.delete(c, accountId);
        }
    }

    /** Rewrites the member's scores in every live set; {@code rowExists} false when {@code was} is not stored yet. */
    private void rerank(Connection c, Member was, Member now, long changedAt, boolean rowExists) throws SQLException {
        List<LocalDate> dates = liveDates();
        List<StoredDay> recent = days.days(c, now.accountId(), dates.getFirst().minusDays(Period.LONGEST - 1), dates.getLast());
        Set<String> languages = new TreeSet<>();
        if (now.global() && now.listing().showLanguages()) {
            recent.stream().filter(d -> !d.held()).forEach(d -> d.languages().keySet().stream().filter(Languages::ranked).forEach(languages::add));
        }
        String member = Long.toString(now.accountId());
        List<RankWrite> writes = new ArrayList<>();
        for (LocalDate end : dates) {
            for (Period period : Period.values()) {
                Map<String, Long> sums = sums(recent, period.start(end), end);
                if (!was.zone().equals(now.zone())) {
                    writes.add(new RankWrite(BoardKeys.key(BoardKeys.ALL, period, end, was.zone()), member, 0));
                    was.rankedLanguages().forEach(l -> writes.add(new RankWrite(BoardKeys.key(BoardKeys.board(l), period, end, was.zone()), member, 0)));
                }
                writes.add(new RankWrite(BoardKeys.key(BoardKeys.ALL, period, end, now.zone()), member,
                        now.global() ? sums.getOrDefault(BoardKeys.ALL, 0L) : 0));
                Set<String> touched = new TreeSet<>(languages);
                touched.addAll(was.rankedLanguages());
                for (String l : touched) {
                    writes.add(new RankWrite(BoardKeys.key(BoardKeys.board(l), period, end, now.zone()), member,
                            languages.contains(l) ? sums.getOrDefault(BoardKeys.board(l), 0L) : 0));
                }
            }
        }
        Member stored = new Member(now.accountId(), now.zone(), now.listing(), now.hidden(), languages);
        if (!rowExists || changedAt != 0 || !stored.equals(was)) {
            members.put(c, stored, changedAt);
        }
        ranks.addZones(Set.of(now.zone().getId()));
        ranks.write(writes);
    }

    /** Seconds per board ({@code all}, {@code lang:X}) over the days from {@code start} to {@code end}, held days left out. */
    private static Map<String, Long> sums(List<StoredDay> recent, LocalDate start, LocalDate end) {
        Map<String, Long> sums = new HashMap<>();
        for (StoredDay d : recent) {
            if (d.held() || d.day().isBefore(start) || d.day().isAfter(end)) {
                continue;
            }
            sums.merge(BoardKeys.ALL, (long) d.codingSeconds(), Long::sum);
            d.languages().forEach((l, s) -> sums.merge(BoardKeys.board(l), (long) s, Long::sum));
        }
        return sums;
    }

    /**
     * Makes sure the sets of today's live dates exist before a read: normally built ahead by the maintenance
     * timer, but a read must not depend on that timer having run since UTC midnight.
     */
    public void ensureCurrent() {
        LocalDate utc = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!utc.equals(maintainedFor)) {
            synchronized (this) {
                if (!utc.equals(maintainedFor)) {
                    maintain();
                }
            }
        }
    }

    /** Builds each live date's sets once (across instances) and drops dates no zone can be on any more. */
    public synchronized void maintain() {
        maintainedFor = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<LocalDate> dates = liveDates();
        List<LocalDate> unbuilt = dates.stream().filter(end -> ranks.claim("build:" + end, Duration.ofDays(4))).toList();
        if (!unbuilt.isEmpty()) {
            build(unbuilt);
        }
        LocalDate old = dates.getFirst().minusDays(1);
        if (ranks.claim("drop:" + old, Duration.ofDays(4))) {
            for (Period p : Period.values()) {
                ranks.drop(BoardKeys.datePattern(p, old));
            }
        }
    }

    /** Fills the sets of these window end dates from the database in one scan, never overwriting an upload's score. */
    public void build(List<LocalDate> ends) {
        long started = System.nanoTime();
        Map<String, Map<String, Double>> sets = new HashMap<>();
        Map<String, ZoneId> zones = new HashMap<>();
        Map<String, String[]> buckets = new HashMap<>();
        Period[] periods = Period.values();
        for (boolean byLanguage : new boolean[] {false, true}) {
            database.write(c -> {
                days.forEachWindowSum(c, ends, byLanguage, (account, zoneId, language, sums) -> {
                    if (language != null && !Languages.ranked(language)) {
                        return;
                    }
                    String[] bucket = buckets.computeIfAbsent(zoneId, z -> ends.stream()
                            .map(end -> BoardKeys.bucket(end, zones.computeIfAbsent(z, ZoneId::of))).toArray(String[]::new));
                    String board = BoardKeys.board(language);
                    String member = Long.toString(account);
                    for (int e = 0; e < ends.size(); e++) {
                        for (Period p : periods) {
                            long s = sums[e * periods.length + p.ordinal()];
                            if (s > 0) {
                                String key = BoardKeys.key(board, p, ends.get(e), bucket[e]);
                                Map<String, Double> set = sets.computeIfAbsent(key, k -> new HashMap<>());
                                set.put(member, (double) s);
                                if (set.size() >= FILL_BATCH) {
                                    // a million members never sit in this heap at once: each set goes out in batches
                                    ranks.fill(key, set);
                                    set.clear();
                                }
                            }
                        }
                    }
                });
                return null;
            });
        }
        ranks.addZones(buckets.keySet());
        sets.forEach((key, rest) -> {
            if (!rest.isEmpty()) {
                ranks.fill(key, rest);
            }
        });
        LOG.info("Built the ranking sets ending {}: {} sets in {} ms", ends, sets.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
