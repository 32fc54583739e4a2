package dev.codehabit.sync.leaderboard;

import dev.codehabit.sync.account.AccountDirectory;
import dev.codehabit.sync.account.AccountSummary;
import dev.codehabit.sync.privacy.Pseudonyms;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Profiles} from the account directory. */
public final class AccountProfiles implements Profiles {
    private final AccountDirectory directory;

    public AccountProfiles(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<Long, Name> names(Collection<Long> accountIds) {
        Map<Long, Name> out = new HashMap<>();
        directory.findAll(accountIds).forEach((id, s) -> out.put(id, new Name(s.username(), s.displayName())));
        return out;
    }

    @Override
    public Optional<Long> idOf(String username) {
        return directory.findByUsername(username).map(AccountSummary::id);
    }

    @Override
    public String pseudonym(long accountId) {
        return Pseudonyms.of(accountId);
    }
}
