package dev.codehabit.sync.device;

import dev.codehabit.sync.auth.Caller;
import dev.codehabit.sync.auth.TokenLookup;
import dev.codehabit.sync.auth.Tokens;
import dev.codehabit.sync.store.Database;
import dev.codehabit.sync.store.RandomIds;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code device} table: each device's name and the hash of its token. Device tokens do not expire; deleting
 * the device row is what revokes one, and the next request with it finds nothing.
 */
public final class DeviceStore implements TokenLookup {
    /** A new device with the token its agent syncs with. */
    public record Issued(Device device, String token) {}

    private final Database database;
    private final Tokens tokens;
    private final RandomIds ids;
    private final Clock clock;

    public DeviceStore(Database database, Tokens tokens, RandomIds ids, Clock clock) {
        this.database = database;
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
    }

    public Issued create(long accountId, String name) {
        Device device = new Device(ids.next(), accountId, name, clock.instant());
        String token = tokens.issue(Tokens.DEVICE_PREFIX);
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into device (id, account_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")) {
                ps.setLong(1, device.id());
                ps.setLong(2, accountId);
                ps.setString(3, name);
                ps.setString(4, Tokens.hash(token));
                ps.setLong(5, device.createdAt().toEpochMilli());
                return ps.executeUpdate();
            }
        });
        return new Issued(device, token);
    }

    @Override
    public Optional<Caller> callerFor(String tokenHash) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select account_id, id, token_hash from device where token_hash = ?")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && Tokens.sameHash(tokenHash, rs.getString(3))
                            ? Optional.of(Caller.device(rs.getLong(1), rs.getLong(2))) : Optional.empty();
                }
            }
        });
    }

    /** The account's devices, oldest first. */
    public List<Device> list(long accountId) {
        return select("account_id = ? order by created_at, id", accountId);
    }

    public Optional<Device> find(long accountId, long deviceId) {
        return select("account_id = ? and id = ?", accountId, deviceId).stream().findFirst();
    }

    private List<Device> select(String where, long... params) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, account_id, name, created_at from device where " + where)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setLong(i + 1, params[i]);
                }
                List<Device> devices = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        devices.add(new Device(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                Instant.ofEpochMilli(rs.getLong(4))));
                    }
                }
                return devices;
            }
        });
    }

    /** Deletes one of the account's devices; false when it has no such device (another account's included). */
    public boolean delete(long accountId, long deviceId) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from device where id = ? and account_id = ?")) {
                ps.setLong(1, deviceId);
                ps.setLong(2, accountId);
                return ps.executeUpdate() == 1;
            }
        });
    }
}
