package dev.codehabit.agent.api;

import java.util.Optional;

/** Recognises a token. The admin token is one; paired clients' tokens are another. */
@FunctionalInterface
public interface TokenAuthenticator {
    Optional<Caller> authenticate(String token);
}
