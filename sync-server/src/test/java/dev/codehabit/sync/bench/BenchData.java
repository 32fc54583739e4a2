package dev.codehabit.sync.bench;

import dev.codehabit.sync.auth.Tokens;
import dev.codehabit.sync.store.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills a database with opted-in users, each with the last 30 days synced (one language a user), fast: set-based
 * {@code generate_series} inserts on PostgreSQL, batched inserts in one transaction on SQLite. Also hands out
 * session and device tokens by writing their hashes, as signing in a million users through Argon2 would take hours.
 */
final class BenchData {
    static final String[] ZONES = {"America/Los_Angeles", "America/New_York", "America/Sao_Paulo", "America/St_Johns",
            "Europe/London", "Europe/Berlin", "Europe/Moscow", "Africa/Lagos", "Asia/Kolkata", "Asia/Kathmandu",
            "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland", "Pacific/Kiritimati",
            "Pacific/Pago_Pago", "UTC", "Asia/Singapore", "America/Chicago", "Europe/Paris"};
    static final String[] LANGUAGES = {"Java", "Rust", "Go", "Python", "TypeScript", "C++", "Kotlin", "Ruby"};

    private BenchData() {}

    static void populate(Database database, int users, LocalDate today) {
        long started = System.nanoTime();
        database.write(c -> {
            if (database.kind() == Database.Kind.POSTGRESQL) {
                postgres(c, users, today);
            } else {
                batched(c, users, today);
            }
            return null;
        });
        if (database.kind() == Database.Kind.POSTGRESQL) {
            database.read(c -> c.createStatement().execute("analyze"));
        }
        System.out.printf("populated %,d users x 30 days in %.1f s%n", users, (System.nanoTime() - started) / 1e9);
    }

    private static String array(String[] values) {
        return "array['" + String.join("','", values) + "']";
    }

    private static void postgres(Connection c, int users, LocalDate today) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into account (id, username, display_name, password_hash, created_at)"
                    + " select g, 'user' || g, 'User ' || g, null, 0 from generate_series(1, " + users + ") g");
            s.execute("insert into board_member (account_id, time_zone, leaderboards, teams_only, show_languages, anonymous,"
                    + " public_profile, hidden, ranked_languages, changed_at)"
                    + " select g, (" + array(ZONES) + ")[1 + g % " + ZONES.length + "], 1, 0, 1, case when g % 10 = 0 then 1 else 0 end,"
                    + " 1, 0, (" + array(LANGUAGES) + ")[1 + g % " + LANGUAGES.length + "], 0 from generate_series(1, " + users + ") g");
            s.execute("insert into user_day (account_id, day, coding_seconds, held)"
                    + " select g, to_char(date '" + today + "' - d, 'YYYY-MM-DD'), (random() * 28800)::int, 0"
                    + " from generate_series(1, " + users + ") g, generate_series(0, 29) d");
            s.execute("insert into user_day_language (account_id, day, language, seconds, held)"
                    + " select account_id, day, (" + array(LANGUAGES) + ")[1 + account_id % " + LANGUAGES.length + "],"
                    + " coding_seconds * 7 / 10, 0 from user_day");
        }
    }

    private static void batched(Connection c, int users, LocalDate today) throws SQLException {
        SplittableRandom random = new SplittableRandom(42);
        try (PreparedStatement account = c.prepareStatement("insert into account (id, username, display_name, password_hash, created_at) values (?, ?, ?, null, 0)");
             PreparedStatement member = c.prepareStatement("insert into board_member (account_id, time_zone, leaderboards, teams_only,"
                     + " show_languages, anonymous, public_profile, hidden, ranked_languages, changed_at) values (?, ?, 1, 0, 1, ?, 1, 0, ?, 0)");
             PreparedStatement day = c.prepareStatement("insert into user_day (account_id, day, coding_seconds, held) values (?, ?, ?, 0)");
             PreparedStatement lang = c.prepareStatement("insert into user_day_language (account_id, day, language, seconds, held) values (?, ?, ?, ?, 0)")) {
            for (int g = 1; g <= users; g++) {
                account.setLong(1, g);
                account.setString(2, "user" + g);
                account.setString(3, "User " + g);
                account.addBatch();
                String language = LANGUAGES[g % LANGUAGES.length];
                member.setLong(1, g);
                member.setString(2, ZONES[g % ZONES.length]);
                member.setInt(3, g % 10 == 0 ? 1 : 0);
                member.setString(4, language);
                member.addBatch();
                for (int d = 0; d < 30; d++) {
                    int seconds = random.nextInt(28_800);
                    String date = today.minusDays(d).toString();
                    day.setLong(1, g);
                    day.setString(2, date);
                    day.setInt(3, seconds);
                    day.addBatch();
                    lang.setLong(1, g);
                    lang.setString(2, date);
                    lang.setString(3, language);
                    lang.setInt(4, seconds * 7 / 10);
                    lang.addBatch();
                }
                if (g % 1000 == 0 || g == users) {
                    account.executeBatch();
                    member.executeBatch();
                    day.executeBatch();
                    lang.executeBatch();
                }
            }
        }
    }

    /** Session tokens for users 1..count (spread over the id range), inserted by hash. */
    static List<String> sessions(Database database, int users, int count) {
        List<String> tokens = new ArrayList<>();
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into auth_session (id, account_id, token_hash, created_at, expires_at,"
                    + " user_agent) values (?, ?, ?, 0, ?, 'bench')")) {
                for (int i = 0; i < count; i++) {
                    long account = 1 + (long) i * users / count;
                    String token = Tokens.SESSION_PREFIX + "bench" + account;
                    s.setLong(1, account);
                    s.setLong(2, account);
                    s.setString(3, Tokens.hash(token));
                    s.setLong(4, Long.MAX_VALUE / 2);
                    s.addBatch();
                    tokens.add(token);
                }
                s.executeBatch();
            }
            return null;
        });
        return tokens;
    }

    /** Device tokens for users 1..count, inserted by hash. */
    static List<String> devices(Database database, int count) {
        List<String> tokens = new ArrayList<>();
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into device (id, account_id, name, token_hash, created_at) values (?, ?, 'bench', ?, 0)")) {
                for (int account = 1; account <= count; account++) {
                    String token = Tokens.DEVICE_PREFIX + "bench" + account;
                    s.setLong(1, account);
                    s.setLong(2, account);
                    s.setString(3, Tokens.hash(token));
                    s.addBatch();
                    tokens.add(token);
                }
                s.executeBatch();
            }
            return null;
        });
        return tokens;
    }
}
