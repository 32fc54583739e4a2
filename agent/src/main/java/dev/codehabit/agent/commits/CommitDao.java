package dev.codehabit.agent.commits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** SQL for the commit table, and the coding time a commit's window holds. */
public final class CommitDao {

    /** @return false when a commit with this hash is already stored (it is not changed) */
    public boolean insert(Connection c, Commit commit, double receivedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO git_commit (hash, project, branch, files_changed, "
                + "insertions, deletions, time, source, received_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (hash) DO NOTHING")) {
            s.setString(1, commit.hash());
            s.setString(2, commit.project());
            s.setString(3, commit.branch());
            s.setInt(4, commit.filesChanged());
            s.setInt(5, commit.insertions());
            s.setInt(6, commit.deletions());
            s.setDouble(7, commit.time());
            s.setString(8, commit.source());
            s.setDouble(9, receivedAt);
            return s.executeUpdate() == 1;
        }
    }

    public Commit find(Connection c, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM git_commit WHERE hash = ?")) {
            s.setString(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** Commits with {@code from <= time < to}, oldest first. */
    public List<Commit> between(Connection c, double from, double to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM git_commit WHERE time >= ? AND time < ? ORDER BY time, hash")) {
            s.setDouble(1, from);
            s.setDouble(2, to);
            List<Commit> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    /** Commit times with {@code from <= time < to}: what per-day counts are made of. */
    public List<Double> timesBetween(Connection c, double from, double to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT time FROM git_commit WHERE time >= ? AND time < ?")) {
            s.setDouble(1, from);
            s.setDouble(2, to);
            List<Double> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getDouble(1));
                }
            }
            return out;
        }
    }

    /** The time of the project's latest commit before this one. */
    public OptionalDouble previousTime(Connection c, Commit commit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT max(time) FROM git_commit WHERE project = ? AND time < ? AND hash <> ?")) {
            s.setString(1, commit.project());
            s.setDouble(2, commit.time());
            s.setString(3, commit.hash());
            try (ResultSet rs = s.executeQuery()) {
                double t = rs.next() ? rs.getDouble(1) : 0;
                return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(t);
            }
        }
    }

    /**
     * Coding seconds on the project (and branch, when known) from {@code since} up to {@code until}: each
     * heartbeat's contribution, cut at {@code until} so time after the commit does not count towards it.
     */
    public double codingSeconds(Connection c, String project, String branch, double since, double until) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(sum(min(duration, ? - time)), 0) FROM heartbeat "
                + "WHERE stream = 'coding' AND time >= ? AND time < ? AND project = ? AND (? IS NULL OR branch = ?)")) {
            s.setDouble(1, until);
            s.setDouble(2, since);
            s.setDouble(3, until);
            s.setString(4, project);
            s.setString(5, branch);
            s.setString(6, branch);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : 0;
            }
        }
    }

    private static final String COLUMNS = "hash, project, branch, files_changed, insertions, deletions, time, source";

    private static Commit read(ResultSet rs) throws SQLException {
        return new Commit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getDouble(7), rs.getString(8));
    }
}
