package dev.codehabit.sync.leaderboard;

import dev.codehabit.sync.account.AccountDirectory;
import dev.codehabit.sync.account.AccountSummary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        // placeholder until privacy.Pseudonyms (13a) lands
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("pseudonym:" + accountId).getBytes(StandardCharsets.UTF_8));
            return "coder-" + java.util.HexFormat.of().formatHex(h).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
