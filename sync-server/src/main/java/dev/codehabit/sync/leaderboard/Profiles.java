package dev.codehabit.sync.leaderboard;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Names of accounts (owned by the accounts feature): what boards show beside a score. */
public interface Profiles {
    Map<Long, Name> names(Collection<Long> accountIds);

    Optional<Long> idOf(String username);

    /** A stable name for anonymous members that does not lead back to the username. */
    String pseudonym(long accountId);

    record Name(String username, String displayName) {
    }
}
