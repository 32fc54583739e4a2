package dev.codehabit.sync.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks accounts up for other features (boards, teams, badges) without letting them near the account table. */
public interface AccountDirectory {
    Optional<AccountSummary> find(long id);

    /** By user name, case-insensitively. */
    Optional<AccountSummary> findByUsername(String username);

    /** Every one of {@code ids} that exists, in one query; missing ids are absent from the map. */
    Map<Long, AccountSummary> findAll(Collection<Long> ids);
}
