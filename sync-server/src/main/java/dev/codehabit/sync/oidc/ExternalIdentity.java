package dev.codehabit.sync.oidc;

import java.util.Optional;

/** Who a provider says signed in: the stable (issuer, subject) pair, and hints for a new account's names. */
public record ExternalIdentity(String issuer, String subject, String suggestedUsername, String displayName,
                               Optional<String> email) {}
