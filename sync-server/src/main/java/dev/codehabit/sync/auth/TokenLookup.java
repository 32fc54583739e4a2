package dev.codehabit.sync.auth;

import java.util.Optional;

/** Finds who a bearer token belongs to, by the token's hash; each kind of token has its own table and owner. */
@FunctionalInterface
public interface TokenLookup {
    Optional<Caller> callerFor(String tokenHash);
}
