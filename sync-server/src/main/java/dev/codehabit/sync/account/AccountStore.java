package dev.codehabit.sync.account;

import dev.codehabit.sync.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code account} table. Deleting an account row removes every identity row it owns through
 * {@code on delete cascade} (sessions, devices, privacy, OpenID links, device codes).
 */
public final class AccountStore implements AccountDirectory {
    private static final String COLUMNS = "id, username, display_name, password_hash, created_at";

    private final Database database;

    public AccountStore(Database database) {
        this.database = database;
    }

    /** Inserts a new account; false when the user name is taken (checked again under the unique index). */
    public boolean insert(Account account) {
        return database.write(c -> {
            if (findBy(c, "username = ?", account.username()).isPresent()) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("insert into account (" + COLUMNS + ") values (?, ?, ?, ?, ?)")) {
                ps.setLong(1, account.id());
                ps.setString(2, account.username());
                ps.setString(3, account.displayName());
                ps.setString(4, account.passwordHash().orElse(null));
                ps.setLong(5, account.createdAt().toEpochMilli());
                ps.executeUpdate();
                return true;
            }
        });
    }

    public Optional<Account> get(long id) {
        return database.read(c -> findBy(c, "id = ?", id));
    }

    public Optional<Account> byUsername(String username) {
        return database.read(c -> findBy(c, "username = ?", username.toLowerCase(Locale.ROOT)));
    }

    /** Deletes the account and, by cascade, every identity row it owns; false when there was none. */
    public boolean delete(long id) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from account where id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<AccountSummary> find(long id) {
        return get(id).map(Account::summary);
    }

    @Override
    public Optional<AccountSummary> findByUsername(String username) {
        return byUsername(username).map(Account::summary);
    }

    @Override
    public Map<Long, AccountSummary> findAll(Collection<Long> ids) {
        Map<Long, AccountSummary> found = new HashMap<>();
        List<Long> distinct = ids.stream().distinct().toList();
        // One query per 500 ids: well under both engines' limits on bound parameters.
        for (int from = 0; from < distinct.size(); from += 500) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            database.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from account where id in (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            AccountSummary s = row(rs).summary();
                            found.put(s.id(), s);
                        }
                    }
                }
                return null;
            });
        }
        return found;
    }

    private static Optional<Account> findBy(Connection c, String where, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from account where " + where)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static Account row(ResultSet rs) throws SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4)),
                Instant.ofEpochMilli(rs.getLong(5)));
    }
}
