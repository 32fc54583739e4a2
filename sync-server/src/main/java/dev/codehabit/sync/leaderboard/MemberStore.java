package dev.codehabit.sync.leaderboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Owns {@code board_member}. */
public final class MemberStore {
    private static final String COLUMNS = "account_id, time_zone, leaderboards, teams_only, show_languages, anonymous, "
            + "public_profile, hidden, ranked_languages";

    /** The member row, locked for this transaction on PostgreSQL so one user's board updates run in order. */
    public Optional<Member> lock(Connection c, long account, boolean postgres) throws SQLException {
        List<Member> found = query(c, "select " + COLUMNS + " from board_member where account_id = ?"
                + (postgres ? " for update" : ""), account);
        return found.stream().findFirst();
    }

    public Map<Long, Member> find(Connection c, Collection<Long> accounts) throws SQLException {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        String in = accounts.stream().map(a -> "?").collect(Collectors.joining(","));
        Map<Long, Member> out = new HashMap<>();
        for (Member m : query(c, "select " + COLUMNS + " from board_member where account_id in (" + in + ")", accounts.toArray())) {
            out.put(m.accountId(), m);
        }
        return out;
    }

    /** Stores the member; {@code changedAt} (the listing changed) makes every instance re-rank them, 0 keeps it. */
    public void put(Connection c, Member m, long changedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into board_member (account_id, time_zone, leaderboards, teams_only, show_languages, anonymous,
                  public_profile, hidden, ranked_languages, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (account_id) do update set time_zone = excluded.time_zone, leaderboards = excluded.leaderboards,
                  teams_only = excluded.teams_only, show_languages = excluded.show_languages, anonymous = excluded.anonymous,
                  public_profile = excluded.public_profile, hidden = excluded.hidden,
                  ranked_languages = excluded.ranked_languages,
                  changed_at = case when excluded.changed_at > 0 then excluded.changed_at else board_member.changed_at end""")) {
            Listing l = m.listing();
            s.setLong(1, m.accountId());
            s.setString(2, m.zone().getId());
            s.setInt(3, flag(l.leaderboards()));
            s.setInt(4, flag(l.teamsOnly()));
            s.setInt(5, flag(l.showLanguages()));
            s.setInt(6, flag(l.anonymous()));
            s.setInt(7, flag(l.publicProfile()));
            s.setInt(8, flag(m.hidden()));
            s.setString(9, String.join("\n", m.rankedLanguages()));
            s.setLong(10, changedAt);
            s.executeUpdate();
        }
    }

    /** Members changed after {@code since} (by the admin CLI or another instance): each instance re-ranks them. */
    public List<Long> changedSince(Connection c, long since) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select account_id from board_member where changed_at > ?")) {
            s.setLong(1, since);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    public void delete(Connection c, long account) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from board_member where account_id = ?")) {
            s.setLong(1, account);
            s.executeUpdate();
        }
    }

    private static List<Member> query(Connection c, String sql, Object... args) throws SQLException {
        List<Member> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String ranked = r.getString(9);
                    Set<String> languages = ranked == null || ranked.isEmpty() ? Set.of()
                            : new TreeSet<>(Arrays.asList(ranked.split("\n")));
                    out.add(new Member(r.getLong(1), ZoneId.of(r.getString(2)),
                            new Listing(r.getInt(3) == 1, r.getInt(5) == 1, r.getInt(7) == 1, r.getInt(6) == 1, r.getInt(4) == 1),
                            r.getInt(8) == 1, languages));
                }
            }
        }
        return out;
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }
}
