package dev.codehabit.agent.pairing;

import dev.codehabit.agent.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Paired clients in SQLite (V4). */
public final class ClientStore {
    private final Database db;

    public ClientStore(Database db) {
        this.db = db;
    }

    void add(PairedClient client, String tokenHash) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO paired_client (id, client, name, token_hash, created_at) VALUES (?,?,?,?,?)")) {
                s.setString(1, client.id());
                s.setString(2, client.client());
                s.setString(3, client.name());
                s.setString(4, tokenHash);
                s.setDouble(5, client.createdAt());
                return s.executeUpdate();
            }
        });
    }

    public List<PairedClient> active() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, client, name, created_at, last_seen_at FROM paired_client "
                            + "WHERE revoked_at IS NULL ORDER BY created_at")) {
                List<PairedClient> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(client(rs));
                    }
                }
                return out;
            }
        });
    }

    /** @return whether an active client with that id existed */
    public boolean revoke(String id, double now) {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE paired_client SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                s.setDouble(1, now);
                s.setString(2, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    Optional<PairedClient> findActiveByTokenHash(String hash) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, client, name, created_at, last_seen_at FROM paired_client "
                            + "WHERE token_hash = ? AND revoked_at IS NULL")) {
                s.setString(1, hash);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(client(rs)) : Optional.<PairedClient>empty();
                }
            }
        });
    }

    /** Maps a row of (id, client, name, created_at, last_seen_at). */
    private static PairedClient client(ResultSet rs) throws java.sql.SQLException {
        double seen = rs.getDouble(5);
        Double lastSeen = rs.wasNull() ? null : seen;
        return new PairedClient(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), lastSeen);
    }

    void touch(String id, double now) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE paired_client SET last_seen_at = ? WHERE id = ?")) {
                s.setDouble(1, now);
                s.setString(2, id);
                return s.executeUpdate();
            }
        });
    }
}
