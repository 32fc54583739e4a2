package dev.codehabit.sync.team;

import dev.codehabit.sync.days.DayStore;
import dev.codehabit.sync.days.StoredDay;
import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.leaderboard.Member;
import dev.codehabit.sync.leaderboard.MemberStore;
import dev.codehabit.sync.leaderboard.Period;
import dev.codehabit.sync.leaderboard.TeamMembers;
import dev.codehabit.sync.store.Database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Teams: create, join with the invite code, leave, roles. Owners run the team; admins remove members and rotate
 * the code; the last owner cannot leave or step down without handing over first.
 */
public final class Teams implements TeamMembers {
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final Database database;
    private final TeamStore store;
    private final MemberStore members;
    private final DayStore days;
    private final LongSupplier ids;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Teams(Database database, TeamStore store, MemberStore members, DayStore days, LongSupplier ids, Clock clock) {
        this.database = database;
        this.store = store;
        this.members = members;
        this.days = days;
        this.ids = ids;
        this.clock = clock;
    }

    public Team create(long owner, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 64) {
            throw new ApiException(400, "name must be 1 to 64 characters", Map.of("field", "name"));
        }
        String base = slug(clean);
        return database.write(c -> {
            String slug = base;
            for (int i = 2; store.slugTaken(c, slug); i++) {
                slug = base + "-" + i;
            }
            Team team = new Team(ids.getAsLong(), slug, clean, inviteCode());
            store.insert(c, team, clock.millis());
            store.putMember(c, new Membership(team.id(), owner, Role.OWNER), clock.millis());
            return team;
        });
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.isEmpty() ? "team" : s;
        return s.length() > 48 ? s.substring(0, 48) : s;
    }

    private String inviteCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    public Membership join(long account, String slug, String code) {
        return database.write(c -> {
            Team team = team(c, slug);
            var existing = store.membership(c, team.id(), account);
            if (existing.isPresent()) {
                return existing.get();
            }
            if (code == null || !java.security.MessageDigest.isEqual(code.getBytes(), team.inviteCode().getBytes())) {
                throw new ApiException(403, "Wrong invite code");
            }
            Membership m = new Membership(team.id(), account, Role.MEMBER);
            store.putMember(c, m, clock.millis());
            return m;
        });
    }

    /** The team as its members see it; the invite code only for owners and admins. */
    public TeamView view(long caller, String slug) {
        return database.read(c -> {
            Team team = team(c, slug);
            Membership me = member(c, team, caller);
            return new TeamView(team, me.role(), store.members(c, team.id()));
        });
    }

    public String rotateCode(long caller, String slug) {
        return database.write(c -> {
            Team team = team(c, slug);
            requireManager(member(c, team, caller));
            String code = inviteCode();
            store.setInviteCode(c, team.id(), code);
            return code;
        });
    }

    /** Removes {@code target}: themself (leaving), or another by an admin (members) or an owner (anyone). */
    public void remove(long caller, String slug, long target) {
        database.write(c -> {
            Team team = team(c, slug);
            Membership me = member(c, team, caller);
            Membership them = store.membership(c, team.id(), target)
                    .orElseThrow(() -> new ApiException(404, "Not a member of " + slug));
            if (caller != target) {
                requireManager(me);
                if (them.role() != Role.MEMBER && me.role() != Role.OWNER) {
                    throw new ApiException(403, "Only an owner removes an owner or an admin");
                }
            }
            if (them.role() == Role.OWNER) {
                requireAnotherOwner(c, team);
            }
            store.removeMember(c, team.id(), target);
            return null;
        });
    }

    /** An owner changes a member's role (hands over ownership, makes admins). */
    public void setRole(long caller, String slug, long target, Role role) {
        database.write(c -> {
            Team team = team(c, slug);
            if (member(c, team, caller).role() != Role.OWNER) {
                throw new ApiException(403, "Only an owner changes roles");
            }
            Membership them = store.membership(c, team.id(), target)
                    .orElseThrow(() -> new ApiException(404, "Not a member of " + slug));
            if (them.role() == Role.OWNER && role != Role.OWNER) {
                requireAnotherOwner(c, team);
            }
            store.putMember(c, new Membership(team.id(), target, role), clock.millis());
            return null;
        });
    }

    private void requireAnotherOwner(Connection c, Team team) throws SQLException {
        long owners = store.members(c, team.id()).stream().filter(m -> m.role() == Role.OWNER).count();
        if (owners <= 1) {
            throw new ApiException(409, "The last owner cannot leave or step down: make another member owner first");
        }
    }

    private static void requireManager(Membership m) {
        if (!m.role().manages()) {
            throw new ApiException(403, "Only an owner or an admin can do this");
        }
    }

    private Team team(Connection c, String slug) throws SQLException {
        return store.find(c, slug).orElseThrow(() -> new ApiException(404, "No team " + slug));
    }

    /** The caller's membership; a stranger learns only that they are not in it. */
    private Membership member(Connection c, Team team, long caller) throws SQLException {
        return store.membership(c, team.id(), caller).orElseThrow(() -> new ApiException(403, "Not a member of " + team.slug()));
    }

    @Override
    public List<Long> membersFor(String slug, long caller) {
        return database.read(c -> {
            Team team = team(c, slug);
            member(c, team, caller);
            return store.members(c, team.id()).stream().map(Membership::accountId).toList();
        });
    }

    /** Teams ranked by the total of their listed members over the period, or by the average per active member. */
    public List<TeamRank> ranking(Period period, boolean byAverage) {
        Instant now = clock.instant();
        List<TeamRank> out = new ArrayList<>();
        database.read(c -> {
            Map<Long, List<Long>> teams = store.allMembers(c);
            var everyone = new HashSet<Long>();
            teams.values().forEach(everyone::addAll);
            Map<Long, Member> rows = members.find(c, everyone);
            LocalDate utc = LocalDate.ofInstant(now, ZoneOffset.UTC);
            List<Long> listed = rows.values().stream().filter(Member::onTeamBoards).map(Member::accountId).toList();
            Map<Long, List<StoredDay>> recent = days.days(c, listed, utc.minusDays(period.days()), utc.plusDays(1));
            for (Team team : store.all(c)) {
                long total = 0;
                int active = 0;
                for (long id : teams.getOrDefault(team.id(), List.of())) {
                    Member m = rows.get(id);
                    if (m == null || !m.onTeamBoards()) {
                        continue;
                    }
                    LocalDate end = LocalDate.ofInstant(now, m.zone());
                    long s = recent.getOrDefault(id, List.of()).stream()
                            .filter(d -> !d.day().isBefore(period.start(end)) && !d.day().isAfter(end))
                            .mapToLong(StoredDay::codingSeconds).sum();
                    total += s;
                    active += s > 0 ? 1 : 0;
                }
                out.add(new TeamRank(0, team.slug(), team.name(), teams.getOrDefault(team.id(), List.of()).size(), active,
                        total, active == 0 ? 0 : total / active));
            }
            return null;
        });
        Comparator<TeamRank> order = Comparator.comparingLong(byAverage ? TeamRank::averageSeconds : TeamRank::totalSeconds)
                .reversed().thenComparing(TeamRank::slug);
        out.sort(order);
        List<TeamRank> ranked = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            TeamRank t = out.get(i);
            long key = byAverage ? t.averageSeconds() : t.totalSeconds();
            long prev = i == 0 ? -1 : (byAverage ? out.get(i - 1).averageSeconds() : out.get(i - 1).totalSeconds());
            int rank = i == 0 || key != prev ? i + 1 : ranked.get(i - 1).rank();
            ranked.add(new TeamRank(rank, t.slug(), t.name(), t.members(), t.activeMembers(), t.totalSeconds(), t.averageSeconds()));
        }
        return ranked;
    }

    /** On account deletion: leaves every team; a team whose last owner this was goes to its oldest member, or away. */
    public void accountDeleted(Connection c, long account) throws SQLException {
        for (long teamId : store.teamsOf(c, account)) {
            store.removeMember(c, teamId, account);
            List<Membership> left = store.members(c, teamId);
            if (left.isEmpty()) {
                store.deleteTeam(c, teamId);
            } else if (left.stream().noneMatch(m -> m.role() == Role.OWNER)) {
                Membership heir = left.getFirst();
                store.putMember(c, new Membership(teamId, heir.accountId(), Role.OWNER), clock.millis());
            }
        }
    }

    public List<Map<String, Object>> export(long account) {
        return database.read(c -> store.export(c, account));
    }

    public record TeamView(Team team, Role myRole, List<Membership> members) {
    }

    public record TeamRank(int rank, String slug, String name, int members, int activeMembers, long totalSeconds,
                           long averageSeconds) {
    }
}
