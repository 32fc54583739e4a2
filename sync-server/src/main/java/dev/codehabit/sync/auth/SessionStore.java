package dev.codehabit.sync.auth;

import dev.codehabit.sync.store.Database;
import dev.codehabit.sync.store.RandomIds;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code auth_session} table: a user's signed-in sessions. Stored rather than signed so that each one is
 * listable and revocable at once on every instance; an expired session is refused and swept on the next sign-in.
 */
public final class SessionStore implements TokenLookup {
    /** Sessions end this long after sign-in; the user signs in again. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    /** How a session was opened. */
    public enum Method { PASSWORD, OIDC }

    /** One session, as its owner sees it in the list (never the token). */
    public record Session(long id, Instant createdAt, Instant expiresAt, String userAgent, Method method) {}

    /** A new session and the token that proves it: the token is shown once, here. */
    public record Issued(Session session, String token) {}

    private final Database database;
    private final Tokens tokens;
    private final RandomIds ids;
    private final Clock clock;

    public SessionStore(Database database, Tokens tokens, RandomIds ids, Clock clock) {
        this.database = database;
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
    }

    public Issued open(long accountId, String userAgent, Method method) {
        Instant now = clock.instant();
        Session session = new Session(ids.next(), now, now.plus(LIFETIME), userAgent == null ? null
                : userAgent.substring(0, Math.min(200, userAgent.length())), method);
        String token = tokens.issue(Tokens.SESSION_PREFIX);
        database.write(c -> {
            try (PreparedStatement sweep = c.prepareStatement("delete from auth_session where account_id = ? and expires_at <= ?")) {
                sweep.setLong(1, accountId);
                sweep.setLong(2, now.toEpochMilli());
                sweep.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into auth_session"
                    + " (id, account_id, token_hash, created_at, expires_at, user_agent, method) values (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, session.id());
                ps.setLong(2, accountId);
                ps.setString(3, Tokens.hash(token));
                ps.setLong(4, session.createdAt().toEpochMilli());
                ps.setLong(5, session.expiresAt().toEpochMilli());
                ps.setString(6, session.userAgent());
                ps.setString(7, method.name().toLowerCase(java.util.Locale.ROOT));
                return ps.executeUpdate();
            }
        });
        return new Issued(session, token);
    }

    @Override
    public Optional<Caller> callerFor(String tokenHash) {
        long now = clock.millis();
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select account_id, token_hash from auth_session where token_hash = ? and expires_at > ?")) {
                ps.setString(1, tokenHash);
                ps.setLong(2, now);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && Tokens.sameHash(tokenHash, rs.getString(2))
                            ? Optional.of(Caller.user(rs.getLong(1))) : Optional.empty();
                }
            }
        });
    }

    /** The live session a token opened (to mark "this session", or to see how and when it was opened). */
    public Optional<Session> current(String tokenHash) {
        return select("token_hash = ? and expires_at > ?", tokenHash, clock.millis()).stream().findFirst();
    }

    /** The account's live sessions, newest first. */
    public List<Session> list(long accountId) {
        return select("account_id = ? and expires_at > ? order by created_at desc, id", accountId, clock.millis());
    }

    private List<Session> select(String where, Object... params) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, created_at, expires_at, user_agent, method from auth_session where " + where)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<Session> sessions = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sessions.add(new Session(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                                Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4),
                                Method.valueOf(rs.getString(5).toUpperCase(java.util.Locale.ROOT))));
                    }
                }
                return sessions;
            }
        });
    }

    /** Ends one of the account's sessions; false when it has no such session (someone else's id included). */
    public boolean revoke(long accountId, long sessionId) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from auth_session where id = ? and account_id = ?")) {
                ps.setLong(1, sessionId);
                ps.setLong(2, accountId);
                return ps.executeUpdate() == 1;
            }
        });
    }
}
