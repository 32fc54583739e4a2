package dev.codehabit.sync.leaderboard;

import dev.codehabit.sync.days.DayStore;
import dev.codehabit.sync.days.StoredDay;
import dev.codehabit.sync.store.Database;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads boards. Global boards merge the live ranking sets (see {@link BoardKeys}); team boards, which are small,
 * are summed from the database on each read. Both rank the same way: ties share a rank, ties keep a stable order.
 */
public final class Leaderboards {
    public static final int PAGE_SIZE = 100;
    private final Database database;
    private final DayStore days;
    private final MemberStore members;
    private final RankStore ranks;
    private final Profiles profiles;
    private final TeamMembers teams;
    private final Clock clock;
    private final Runnable freshen;
    private final Map<String, ZoneId> zoneIds = new ConcurrentHashMap<>();

    public Leaderboards(Database database, DayStore days, MemberStore members, RankStore ranks, Profiles profiles,
                        TeamMembers teams, Runnable freshen, Clock clock) {
        this.freshen = freshen;
        this.database = database;
        this.days = days;
        this.members = members;
        this.ranks = ranks;
        this.profiles = profiles;
        this.teams = teams;
        this.clock = clock;
    }

    public Board read(Period period, Optional<String> language, Optional<String> team, int page, Optional<Long> caller) {
        String board = BoardKeys.board(language.orElse(null));
        freshen.run();
        Instant now = clock.instant();
        Optional<Member> me = caller.flatMap(id -> database.read(c -> Optional.ofNullable(members.find(c, List.of(id)).get(id))));
        Ranked ranked = team.isPresent()
                ? teamBoard(board, period, team.get(), caller.orElseThrow(), page, now)
                : globalBoard(board, period, page, now, me);
        ZoneId rangeZone = me.map(Member::zone).orElse(ZoneOffset.UTC);
        LocalDate end = LocalDate.ofInstant(now, rangeZone);
        List<Board.Entry> entries = entries(ranked.page, period, now);
        int totalPages = (int) Math.max(1, (ranked.total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Board(period.key(), board, new Board.Range(period.start(end).toString(), end.toString()), now.toString(), Board.RULE,
                entries, ranked.me, page, totalPages, ranked.total);
    }

    private record Ranked(List<Place> page, long total, Board.Me me) {
    }

    private record Place(int rank, long accountId, long seconds) {
    }

    private Ranked globalBoard(String board, Period period, int page, Instant now, Optional<Member> me) {
        List<ZoneId> zones = ranks.zones().stream().map(z -> zoneIds.computeIfAbsent(z, ZoneId::of)).toList();
        List<String> keys = List.copyOf(BoardKeys.live(board, period, now, zones));
        List<RankStore.Top> tops = ranks.top(keys, page * PAGE_SIZE);
        long total = tops.stream().mapToLong(RankStore.Top::size).sum();
        List<Scored> merged = new ArrayList<>();
        tops.forEach(t -> merged.addAll(t.first()));
        merged.sort(Scored.BOARD_ORDER);
        Board.Me mine = null;
        if (me.isPresent()) {
            Member m = me.get();
            String key = BoardKeys.key(board, period, LocalDate.ofInstant(now, m.zone()), m.zone());
            OptionalDouble score = ranks.score(key, Long.toString(m.accountId()));
            if (score.isPresent()) {
                int rank = (int) (1 + ranks.countAbove(keys, score.getAsDouble()));
                mine = me(rank, (long) score.getAsDouble(), total);
            }
        }
        return new Ranked(slice(merged, page), total, mine);
    }

    private Ranked teamBoard(String board, Period period, String slug, long caller, int page, Instant now) {
        List<Long> ids = teams.membersFor(slug, caller);
        List<Scored> scored = new ArrayList<>();
        database.read(c -> {
            Map<Long, Member> rows = members.find(c, ids);
            List<Long> listed = rows.values().stream().filter(Member::onTeamBoards)
                    .filter(m -> board.equals(BoardKeys.ALL) || m.listing().showLanguages()).map(Member::accountId).toList();
            LocalDate utc = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Map<Long, List<StoredDay>> recent = days.days(c, listed, utc.minusDays(Period.LONGEST + 1L), utc.plusDays(1));
            for (long id : listed) {
                LocalDate end = LocalDate.ofInstant(now, rows.get(id).zone());
                long s = seconds(recent.getOrDefault(id, List.of()), board, period.start(end), end);
                if (s > 0) {
                    scored.add(new Scored(Long.toString(id), s));
                }
            }
            return null;
        });
        scored.sort(Scored.BOARD_ORDER);
        List<Place> all = slice(scored, 1, scored.size());
        Board.Me mine = all.stream().filter(p -> p.accountId == caller).findFirst()
                .map(p -> me(p.rank, p.seconds, scored.size())).orElse(null);
        return new Ranked(slice(scored, page), scored.size(), mine);
    }

    private static Board.Me me(int rank, long seconds, long total) {
        double percentile = Math.round(1000.0 * (total - rank + 1) / total) / 10.0;
        return new Board.Me(rank, seconds, percentile);
    }

    private static List<Place> slice(List<Scored> ordered, int page) {
        return slice(ordered, page, PAGE_SIZE);
    }

    /** Ranks in board order (a tie shares the rank of the first of its scores) and cuts out the page. */
    private static List<Place> slice(List<Scored> ordered, int page, int size) {
        List<Place> out = new ArrayList<>();
        int from = (page - 1) * size;
        int rank = 0;
        for (int i = 0; i < ordered.size() && i < from + size; i++) {
            if (i == 0 || ordered.get(i).score() < ordered.get(i - 1).score()) {
                rank = i + 1;
            }
            if (i >= from) {
                Scored s = ordered.get(i);
                out.add(new Place(rank, Long.parseLong(s.member()), (long) s.score()));
            }
        }
        return out;
    }

    private static long seconds(List<StoredDay> recent, String board, LocalDate start, LocalDate end) {
        long s = 0;
        for (StoredDay d : recent) {
            if (!d.day().isBefore(start) && !d.day().isAfter(end)) {
                s += board.equals(BoardKeys.ALL) ? d.codingSeconds() : d.languages().getOrDefault(board.substring(5), 0);
            }
        }
        return s;
    }

    /** Names, pseudonyms and shared languages of a page's members: three queries whatever the page size. */
    private List<Board.Entry> entries(List<Place> page, Period period, Instant now) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Place::accountId).toList();
        Map<Long, Profiles.Name> names = profiles.names(ids);
        Map<Long, Map<String, Long>> languages = new HashMap<>();
        Map<Long, Member> rows = database.read(c -> {
            Map<Long, Member> found = members.find(c, ids);
            Map<Long, LocalDate[]> windows = new HashMap<>();
            found.values().stream().filter(m -> m.listing().showLanguages()).forEach(m -> {
                LocalDate end = LocalDate.ofInstant(now, m.zone());
                windows.put(m.accountId(), new LocalDate[] {period.start(end), end});
            });
            languages.putAll(days.languageTotals(c, windows));
            return found;
        });
        List<Board.Entry> entries = new ArrayList<>();
        for (Place p : page) {
            Member m = rows.get(p.accountId);
            Profiles.Name name = names.get(p.accountId);
            boolean anonymous = m == null || m.listing().anonymous() || name == null;
            List<Board.LanguageSeconds> shared = m != null && m.listing().showLanguages()
                    ? languages(languages.getOrDefault(p.accountId, Map.of())) : null;
            String pseudonym = anonymous ? profiles.pseudonym(p.accountId) : null;
            entries.add(new Board.Entry(p.rank, anonymous ? null : name.username(), pseudonym,
                    anonymous ? pseudonym : name.displayName(), p.seconds, p.seconds / period.days(), shared));
        }
        return entries;
    }

    private static List<Board.LanguageSeconds> languages(Map<String, Long> sums) {
        return sums.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Board.LanguageSeconds(e.getKey(), e.getValue())).toList();
    }
}
