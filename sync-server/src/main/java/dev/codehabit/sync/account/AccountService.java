package dev.codehabit.sync.account;

import dev.codehabit.sync.http.ApiException;
import dev.codehabit.sync.store.RandomIds;
import dev.codehabit.sync.store.StoreException;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Creates accounts and checks passwords; the routes and the website both come through here. */
public final class AccountService {
    /** One message for an unknown user and a wrong password: the answer must not tell which names exist. */
    static final String BAD_CREDENTIALS = "Wrong user name or password";

    private final AccountStore accounts;
    private final Credentials credentials;
    private final PasswordHasher hasher;
    private final RandomIds ids;
    private final Clock clock;

    public AccountService(AccountStore accounts, Credentials credentials, PasswordHasher hasher, RandomIds ids, Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    /** A new account with a password; 400 with the field and reason when a value is refused, 409 when taken. */
    public Account create(String rawUsername, String password, String rawDisplayName) {
        String username = credentials.username(rawUsername);
        credentials.password(password, username);
        String displayName = credentials.displayName(rawDisplayName, username);
        return insert(username, displayName, Optional.of(hasher.hash(password)));
    }

    /** A new account without a password (made by signing in with an OpenID Connect provider). */
    public Account createWithoutPassword(String username, String displayName) {
        return insert(credentials.username(username), credentials.displayName(displayName, username), Optional.empty());
    }

    private Account insert(String username, String displayName, Optional<String> passwordHash) {
        Account account = new Account(ids.next(), username, displayName, passwordHash, clock.instant());
        boolean inserted;
        try {
            inserted = accounts.insert(account);
        } catch (StoreException e) {
            // two sign-ups for one name at the same moment: the unique index let one through
            if (accounts.byUsername(username).isEmpty()) {
                throw e;
            }
            inserted = false;
        }
        if (!inserted) {
            throw new ApiException(409, "That user name is taken", Map.of("field", "username"));
        }
        return account;
    }

    /** The account when the password is right; 401 with the same message whatever was wrong. */
    public Account checkPassword(String username, String password) {
        Optional<Account> account = username == null ? Optional.empty() : accounts.byUsername(username.strip());
        String given = password == null ? "" : password;
        if (given.length() > Credentials.MAX_PASSWORD) {
            throw new ApiException(401, BAD_CREDENTIALS);
        }
        if (account.isEmpty() || account.get().passwordHash().isEmpty()) {
            hasher.verifyDecoy(given);
            throw new ApiException(401, BAD_CREDENTIALS);
        }
        if (!hasher.verify(given, account.get().passwordHash().get())) {
            throw new ApiException(401, BAD_CREDENTIALS);
        }
        return account.get();
    }
}
