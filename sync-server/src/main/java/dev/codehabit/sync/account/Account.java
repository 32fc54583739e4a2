package dev.codehabit.sync.account;

import java.time.Instant;
import java.util.Optional;

/** An account row as its owner sees it; the password hash never leaves {@link AccountStore} but through here. */
public record Account(long id, String username, String displayName, Optional<String> passwordHash, Instant createdAt) {
    public AccountSummary summary() {
        return new AccountSummary(id, username, displayName);
    }

    public boolean hasPassword() {
        return passwordHash.isPresent();
    }
}
