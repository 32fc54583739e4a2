package dev.codehabit.sync.privacy;

import dev.codehabit.sync.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The {@code privacy_setting} table; an account without a row has {@link PrivacySettings#DEFAULT}. */
public final class PrivacyStore {
    private final Database database;

    public PrivacyStore(Database database) {
        this.database = database;
    }

    public PrivacySettings get(long accountId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select leaderboards, show_languages, public_profile, anonymous,"
                    + " teams_only from privacy_setting where account_id = ?")) {
                ps.setLong(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new PrivacySettings(rs.getInt(1) == 1, rs.getInt(2) == 1,
                            rs.getInt(3) == 1, rs.getInt(4) == 1, rs.getInt(5) == 1)) : Optional.<PrivacySettings>empty();
                }
            }
        }).orElse(PrivacySettings.DEFAULT);
    }

    public void put(long accountId, PrivacySettings settings, long now) {
        database.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("delete from privacy_setting where account_id = ?")) {
                delete.setLong(1, accountId);
                delete.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into privacy_setting (account_id, leaderboards,"
                    + " show_languages, public_profile, anonymous, teams_only, updated_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, accountId);
                ps.setInt(2, settings.leaderboards() ? 1 : 0);
                ps.setInt(3, settings.showLanguages() ? 1 : 0);
                ps.setInt(4, settings.publicProfile() ? 1 : 0);
                ps.setInt(5, settings.anonymous() ? 1 : 0);
                ps.setInt(6, settings.teamsOnly() ? 1 : 0);
                ps.setLong(7, now);
                return ps.executeUpdate();
            }
        });
    }
}
