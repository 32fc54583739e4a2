package dev.codehabit.agent.focus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Focus sessions, the blocklist, schedules and distraction attempts in SQLite (V6): the one class with SQL on these
 * tables. Public for the dashboard's and the demo's use of {@code focus_session}; the rest is the service's.
 */
public final class FocusStore {
    /** A session as it ran: from its start to its end, its early end, or now while it runs. */
    public record Ran(double startedAt, double stoppedAt) {}

    /** The sessions started in [from, to) and not after now, with how long each really ran. */
    public List<Ran> ranBetween(Connection c, double from, double to, double now) throws SQLException {
        List<Ran> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT started_at, min(coalesce(ended_at, ends_at), ?) "
                + "FROM focus_session WHERE started_at >= ? AND started_at < ? AND started_at <= ?")) {
            s.setDouble(1, now);
            s.setDouble(2, from);
            s.setDouble(3, to);
            s.setDouble(4, now);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Ran(rs.getDouble(1), rs.getDouble(2)));
                }
            }
        }
        return out;
    }

    /** Adds a session started by hand unless one already started at that moment; returns whether it was added. */
    public boolean addManualOnce(Connection c, double startedAt, double endsAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM focus_session WHERE origin = 'manual' AND started_at = ?")) {
            s.setDouble(1, startedAt);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        insert(c, startedAt, endsAt, false, "manual");
        return true;
    }

    Optional<FocusSession> latestRunning(Connection c, double now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, started_at, ends_at, strict, ended_at, origin FROM focus_session "
                        + "WHERE ended_at IS NULL AND started_at <= ? AND ends_at > ? ORDER BY ends_at DESC LIMIT 1")) {
            s.setDouble(1, now);
            s.setDouble(2, now);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(session(rs)) : Optional.empty();
            }
        }
    }

    boolean originExists(Connection c, String origin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM focus_session WHERE origin = ?")) {
            s.setString(1, origin);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    FocusSession insert(Connection c, double startedAt, double endsAt, boolean strict, String origin) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO focus_session (started_at, ends_at, strict, origin) VALUES (?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setDouble(1, startedAt);
            s.setDouble(2, endsAt);
            s.setInt(3, strict ? 1 : 0);
            s.setString(4, origin);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new FocusSession(keys.getLong(1), startedAt, endsAt, strict, null, origin);
            }
        }
    }

    void end(Connection c, long id, double now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE focus_session SET ended_at = ? WHERE id = ?")) {
            s.setDouble(1, now);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    /** Moves a running session's end (a strict session being unlocked ends after its cool-down). */
    void endAt(Connection c, long id, double endsAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE focus_session SET ends_at = ? WHERE id = ?")) {
            s.setDouble(1, endsAt);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    Blocklist blocklist(Connection c) throws SQLException {
        List<String> domains = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, value FROM focus_block ORDER BY kind, value")) {
            while (rs.next()) {
                (rs.getString(1).equals("domain") ? domains : categories).add(rs.getString(2));
            }
        }
        return new Blocklist(domains, categories);
    }

    void replaceBlocklist(Connection c, Blocklist blocklist) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM focus_block");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO focus_block (kind, value) VALUES (?,?)")) {
            for (String d : blocklist.domains()) {
                s.setString(1, "domain");
                s.setString(2, d);
                s.addBatch();
            }
            for (String category : blocklist.categories()) {
                s.setString(1, "category");
                s.setString(2, category);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    List<FocusSchedule> schedules(Connection c) throws SQLException {
        List<FocusSchedule> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, days, start, end, strict FROM focus_schedule ORDER BY id")) {
            while (rs.next()) {
                List<DayOfWeek> days = Arrays.stream(rs.getString(2).split(",")).map(DayOfWeek::valueOf).toList();
                out.add(new FocusSchedule(rs.getLong(1), days, LocalTime.parse(rs.getString(3)),
                        LocalTime.parse(rs.getString(4)), rs.getInt(5) == 1));
            }
        }
        return out;
    }

    void replaceSchedules(Connection c, List<FocusSchedule> schedules) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM focus_schedule");
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO focus_schedule (days, start, end, strict) VALUES (?,?,?,?)")) {
            for (FocusSchedule schedule : schedules) {
                s.setString(1, String.join(",", schedule.days().stream().map(DayOfWeek::name).toList()));
                s.setString(2, schedule.start().toString());
                s.setString(3, schedule.end().toString());
                s.setInt(4, schedule.strict() ? 1 : 0);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** @return false when the same attempt (time, domain) was already recorded: a retried upload */
    boolean addAttempt(Connection c, double time, String domain) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR IGNORE INTO distraction_attempt (time, domain) VALUES (?,?)")) {
            s.setDouble(1, time);
            s.setString(2, domain);
            return s.executeUpdate() == 1;
        }
    }

    List<Double> attemptTimes(Connection c, double from, double to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT time FROM distraction_attempt WHERE time >= ? AND time < ?")) {
            s.setDouble(1, from);
            s.setDouble(2, to);
            List<Double> times = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    times.add(rs.getDouble(1));
                }
            }
            return times;
        }
    }

    private static FocusSession session(ResultSet rs) throws SQLException {
        double ended = rs.getDouble(5);
        Double endedAt = rs.wasNull() ? null : ended;
        return new FocusSession(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getInt(4) == 1, endedAt,
                rs.getString(6));
    }
}
