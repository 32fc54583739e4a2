package dev.codehabit.sync.device;

import dev.codehabit.sync.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code device_code} table (RFC 8628): pending authorisations, found by the hash of the agent's device code
 * or by the user code the user types. A code is deleted when its token is handed out, denied or seen expired.
 */
public final class DeviceCodeStore {
    /** A pending code, as the approving user sees it. */
    public record Pending(String userCode, String deviceName, Instant expiresAt, boolean approved) {}

    /** What one poll of the token endpoint finds. */
    public sealed interface Poll {
        record Unknown() implements Poll {}
        record Expired() implements Poll {}
        record Denied() implements Poll {}
        record Pending() implements Poll {}
        record SlowDown(Duration interval) implements Poll {}
        record Approved(long accountId, String deviceName) implements Poll {}
    }

    private final Database database;

    public DeviceCodeStore(Database database) {
        this.database = database;
    }

    public void create(String codeHash, String userCode, String deviceName, Instant now, Duration lifetime, Duration interval) {
        database.write(c -> {
            try (PreparedStatement sweep = c.prepareStatement("delete from device_code where expires_at <= ?")) {
                sweep.setLong(1, now.toEpochMilli());
                sweep.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into device_code (code_hash, user_code, device_name,"
                    + " created_at, expires_at, interval_s, next_poll_at, account_id, denied) values (?, ?, ?, ?, ?, ?, ?, null, 0)")) {
                ps.setString(1, codeHash);
                ps.setString(2, userCode);
                ps.setString(3, deviceName);
                ps.setLong(4, now.toEpochMilli());
                ps.setLong(5, now.plus(lifetime).toEpochMilli());
                ps.setInt(6, (int) interval.toSeconds());
                ps.setLong(7, now.plus(interval).toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    /** The live (unexpired, undenied) code the user typed, if undecided or approved by {@code accountId}. */
    public Optional<Pending> pending(String userCode, long accountId, Instant now) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select user_code, device_name, expires_at, account_id"
                    + " from device_code where user_code = ? and expires_at > ? and denied = 0"
                    + " and (account_id is null or account_id = ?)")) {
                ps.setString(1, userCode);
                ps.setLong(2, now.toEpochMilli());
                ps.setLong(3, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    rs.getLong(4);
                    boolean approved = !rs.wasNull();
                    return Optional.of(new Pending(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), approved));
                }
            }
        });
    }

    /** Approves a live, not yet decided code for the account; false when there is none. */
    public boolean approve(String userCode, long accountId, Instant now) {
        return decide("account_id = ?", userCode, accountId, now);
    }

    public boolean deny(String userCode, Instant now) {
        return decide("denied = 1", userCode, null, now);
    }

    private boolean decide(String set, String userCode, Long accountId, Instant now) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update device_code set " + set
                    + " where user_code = ? and expires_at > ? and account_id is null and denied = 0")) {
                int i = 1;
                if (accountId != null) {
                    ps.setLong(i++, accountId);
                }
                ps.setString(i++, userCode);
                ps.setLong(i, now.toEpochMilli());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** One poll by the agent: the decision, or how long to wait; an approved code is consumed here, once. */
    public Poll poll(String codeHash, Instant now) {
        return database.write(c -> {
            long t = now.toEpochMilli();
            try (PreparedStatement ps = c.prepareStatement("select expires_at, interval_s, next_poll_at, account_id, denied,"
                    + " device_name from device_code where code_hash = ?")) {
                ps.setString(1, codeHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return new Poll.Unknown();
                    }
                    long expiresAt = rs.getLong(1);
                    int interval = rs.getInt(2);
                    long nextPoll = rs.getLong(3);
                    long accountId = rs.getLong(4);
                    boolean approved = !rs.wasNull();
                    boolean denied = rs.getInt(5) == 1;
                    String name = rs.getString(6);
                    if (expiresAt <= t) {
                        delete(c, codeHash);
                        return new Poll.Expired();
                    }
                    if (denied) {
                        delete(c, codeHash);
                        return new Poll.Denied();
                    }
                    if (approved) {
                        delete(c, codeHash);
                        return new Poll.Approved(accountId, name);
                    }
                    // RFC 8628 §3.5: polling faster than the interval earns slow_down and an interval 5 s longer
                    int next = t < nextPoll ? interval + 5 : interval;
                    try (PreparedStatement u = c.prepareStatement("update device_code set interval_s = ?, next_poll_at = ? where code_hash = ?")) {
                        u.setInt(1, next);
                        u.setLong(2, t + next * 1000L);
                        u.setString(3, codeHash);
                        u.executeUpdate();
                    }
                    return t < nextPoll ? new Poll.SlowDown(Duration.ofSeconds(next)) : new Poll.Pending();
                }
            }
        });
    }

    private static void delete(Connection c, String codeHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from device_code where code_hash = ?")) {
            ps.setString(1, codeHash);
            ps.executeUpdate();
        }
    }
}
