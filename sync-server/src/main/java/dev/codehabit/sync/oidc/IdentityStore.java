package dev.codehabit.sync.oidc;

import dev.codehabit.sync.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code oidc_identity} table: which account each provider identity (issuer, subject) signs in to. */
public final class IdentityStore {
    /** A link as its owner sees it. */
    public record Link(String provider, String issuer, String subject, String email, Instant createdAt) {}

    private final Database database;

    public IdentityStore(Database database) {
        this.database = database;
    }

    public Optional<Long> accountOf(String issuer, String subject) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select account_id from oidc_identity where issuer = ? and subject = ?")) {
                ps.setString(1, issuer);
                ps.setString(2, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Links the identity to the account; false when it already belongs to an account (this one or another). */
    public boolean link(long accountId, String provider, ExternalIdentity identity, Instant now) {
        return database.write(c -> {
            try (PreparedStatement check = c.prepareStatement("select 1 from oidc_identity where issuer = ? and subject = ?")) {
                check.setString(1, identity.issuer());
                check.setString(2, identity.subject());
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into oidc_identity (issuer, subject, account_id, provider,"
                    + " email, created_at) values (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, identity.issuer());
                ps.setString(2, identity.subject());
                ps.setLong(3, accountId);
                ps.setString(4, provider);
                ps.setString(5, identity.email().orElse(null));
                ps.setLong(6, now.toEpochMilli());
                ps.executeUpdate();
                return true;
            }
        });
    }

    public List<Link> list(long accountId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select provider, issuer, subject, email, created_at from oidc_identity"
                    + " where account_id = ? order by created_at, provider")) {
                ps.setLong(1, accountId);
                List<Link> links = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        links.add(new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5))));
                    }
                }
                return links;
            }
        });
    }

    /** Removes the account's link to a provider; false when it had none. */
    public boolean unlink(long accountId, String provider) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from oidc_identity where account_id = ? and provider = ?")) {
                ps.setLong(1, accountId);
                ps.setString(2, provider);
                return ps.executeUpdate() > 0;
            }
        });
    }
}
