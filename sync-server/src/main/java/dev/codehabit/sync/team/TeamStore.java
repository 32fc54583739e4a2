package dev.codehabit.sync.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Owns {@code team} and {@code team_member}. */
public final class TeamStore {
    public void insert(Connection c, Team team, long now) throws SQLException {
        update(c, "insert into team (id, slug, name, invite_code, created_at) values (?, ?, ?, ?, ?)",
                team.id(), team.slug(), team.name(), team.inviteCode(), now);
    }

    public boolean slugTaken(Connection c, String slug) throws SQLException {
        return find(c, slug).isPresent();
    }

    public Optional<Team> find(Connection c, String slug) throws SQLException {
        List<Team> teams = teams(c, "select id, slug, name, invite_code from team where slug = ?", slug);
        return teams.stream().findFirst();
    }

    public List<Team> all(Connection c) throws SQLException {
        return teams(c, "select id, slug, name, invite_code from team order by slug");
    }

    public void setInviteCode(Connection c, long teamId, String code) throws SQLException {
        update(c, "update team set invite_code = ? where id = ?", code, teamId);
    }

    public void deleteTeam(Connection c, long teamId) throws SQLException {
        update(c, "delete from team_member where team_id = ?", teamId);
        update(c, "delete from team where id = ?", teamId);
    }

    public void putMember(Connection c, Membership m, long now) throws SQLException {
        update(c, """
                insert into team_member (team_id, account_id, role, joined_at) values (?, ?, ?, ?)
                on conflict (team_id, account_id) do update set role = excluded.role""", m.teamId(), m.accountId(), m.role().key(), now);
    }

    public void removeMember(Connection c, long teamId, long account) throws SQLException {
        update(c, "delete from team_member where team_id = ? and account_id = ?", teamId, account);
    }

    public Optional<Membership> membership(Connection c, long teamId, long account) throws SQLException {
        return members(c, "select team_id, account_id, role from team_member where team_id = ? and account_id = ?", teamId, account)
                .stream().findFirst();
    }

    /** Members in the order they joined. */
    public List<Membership> members(Connection c, long teamId) throws SQLException {
        return members(c, "select team_id, account_id, role from team_member where team_id = ? order by joined_at, account_id", teamId);
    }

    /** Every membership of every team: the team ranking sums them. */
    public Map<Long, List<Long>> allMembers(Connection c) throws SQLException {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        for (Membership m : members(c, "select team_id, account_id, role from team_member order by team_id")) {
            out.computeIfAbsent(m.teamId(), t -> new ArrayList<>()).add(m.accountId());
        }
        return out;
    }

    public List<Map<String, Object>> export(Connection c, long account) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select t.slug, t.name, m.role, m.joined_at from team_member m"
                + " join team t on t.id = m.team_id where m.account_id = ? order by t.slug")) {
            s.setLong(1, account);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("slug", r.getString(1));
                    row.put("name", r.getString(2));
                    row.put("role", r.getString(3));
                    row.put("joined_at", r.getLong(4));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** Teams the account is in. */
    public List<Long> teamsOf(Connection c, long account) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (Membership m : members(c, "select team_id, account_id, role from team_member where account_id = ?", account)) {
            ids.add(m.teamId());
        }
        return ids;
    }

    private static List<Team> teams(Connection c, String sql, Object... args) throws SQLException {
        List<Team> out = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Team(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
            }
        }
        return out;
    }

    private static List<Membership> members(Connection c, String sql, Object... args) throws SQLException {
        List<Membership> out = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Membership(r.getLong(1), r.getLong(2), Role.of(r.getString(3))));
            }
        }
        return out;
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
