package dev.codehabit.sync.oidc;

import dev.codehabit.sync.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code oidc_login} table: sign-ins and links started at a provider, kept in the database (not one
 * instance's memory) so the callback may land on any instance. Each is taken once: a replayed callback finds
 * nothing.
 */
public final class OidcLoginStore {
    /** What the callback needs to finish: the PKCE verifier, the nonce, and the account to link, if linking. */
    public record Started(String provider, String nonce, String codeVerifier, OptionalLong linkAccountId) {}

    private final Database database;

    public OidcLoginStore(Database database) {
        this.database = database;
    }

    public void save(String stateHash, Started started, Instant expiresAt, Instant now) {
        database.write(c -> {
            try (PreparedStatement sweep = c.prepareStatement("delete from oidc_login where expires_at <= ?")) {
                sweep.setLong(1, now.toEpochMilli());
                sweep.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into oidc_login (state_hash, provider, nonce, code_verifier,"
                    + " link_account_id, expires_at) values (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, stateHash);
                ps.setString(2, started.provider());
                ps.setString(3, started.nonce());
                ps.setString(4, started.codeVerifier());
                ps.setObject(5, started.linkAccountId().isPresent() ? started.linkAccountId().getAsLong() : null, java.sql.Types.BIGINT);
                ps.setLong(6, expiresAt.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    /** The live sign-in with this state, removed as it is read. */
    public Optional<Started> take(String stateHash, Instant now) {
        return database.write(c -> {
            Optional<Started> found;
            try (PreparedStatement ps = c.prepareStatement("select provider, nonce, code_verifier, link_account_id from oidc_login"
                    + " where state_hash = ? and expires_at > ?")) {
                ps.setString(1, stateHash);
                ps.setLong(2, now.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long link = rs.getLong(4);
                        OptionalLong linkAccount = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(link);
                        found = Optional.of(new Started(rs.getString(1), rs.getString(2), rs.getString(3), linkAccount));
                    } else {
                        found = Optional.empty();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("delete from oidc_login where state_hash = ?")) {
                ps.setString(1, stateHash);
                ps.executeUpdate();
            }
            return found;
        });
    }
}
