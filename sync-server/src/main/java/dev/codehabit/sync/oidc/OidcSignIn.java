package dev.codehabit.sync.oidc;

import dev.codehabit.sync.account.Account;
import dev.codehabit.sync.account.AccountService;
import dev.codehabit.sync.account.AccountStore;
import dev.codehabit.sync.auth.Tokens;
import dev.codehabit.sync.config.OidcProviderConfig;
import dev.codehabit.sync.http.ApiException;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sign-in, sign-up and linking through a provider. The first sign-in with an identity nobody has linked makes
 * an account (no password) named after the provider's user name; a signed-in user links an identity to the
 * account they have, after which either way of signing in reaches it.
 */
public final class OidcSignIn {
    static final Duration PENDING = Duration.ofMinutes(10);

    /** How a callback ended: the account signed in to (or linked), and whether it was just made. */
    public record Outcome(Account account, boolean created, boolean linked) {}

    private final Map<String, OidcProviderConfig> providers;
    private final OidcClient client;
    private final OidcLoginStore logins;
    private final IdentityStore identities;
    private final AccountService accountService;
    private final AccountStore accounts;
    private final Tokens random;
    private final String baseUrl;
    private final Clock clock;

    public OidcSignIn(List<OidcProviderConfig> providers, OidcClient client, OidcLoginStore logins, IdentityStore identities,
                      AccountService accountService, AccountStore accounts, Tokens random, String baseUrl, Clock clock) {
        this.providers = providers.stream().collect(Collectors.toUnmodifiableMap(OidcProviderConfig::name, Function.identity()));
        this.client = client;
        this.logins = logins;
        this.identities = identities;
        this.accountService = accountService;
        this.accounts = accounts;
        this.random = random;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    public List<String> providerNames() {
        return providers.keySet().stream().sorted().toList();
    }

    /** Where to send the browser to sign in (or, with an account, to link this provider to it). */
    public URI start(String providerName, OptionalLong linkAccountId) {
        OidcProviderConfig provider = provider(providerName);
        String state = random.issue("");
        String nonce = random.issue("");
        String verifier = random.issue("");
        URI url = client.authorizationUrl(provider, callbackUrl(provider), state, nonce, verifier);
        logins.save(Tokens.hash(state), new OidcLoginStore.Started(provider.name(), nonce, verifier, linkAccountId),
                clock.instant().plus(PENDING), clock.instant());
        return url;
    }

    public Outcome finish(String providerName, String code, String state) {
        OidcProviderConfig provider = provider(providerName);
        OidcLoginStore.Started started = logins.take(Tokens.hash(state), clock.instant())
                .filter(s -> s.provider().equals(provider.name()))
                .orElseThrow(() -> new ApiException(400, "This sign-in expired or was already used; start again"));
        ExternalIdentity identity = client.identify(provider, callbackUrl(provider), code, started.nonce(), started.codeVerifier());
        Optional<Long> owner = identities.accountOf(identity.issuer(), identity.subject());
        if (started.linkAccountId().isPresent()) {
            long accountId = started.linkAccountId().getAsLong();
            if (owner.isPresent() && owner.get() != accountId) {
                throw new ApiException(409, "That " + provider.name() + " account is already linked to another CodeHabit account");
            }
            if (owner.isEmpty()) {
                identities.link(accountId, provider.name(), identity, clock.instant());
            }
            return new Outcome(accounts.get(accountId).orElseThrow(() -> new ApiException(404, "Account deleted")), false, true);
        }
        if (owner.isPresent()) {
            return new Outcome(accounts.get(owner.get()).orElseThrow(), false, false);
        }
        Account created = signUp(identity);
        if (!identities.link(created.id(), provider.name(), identity, clock.instant())) {
            // the same identity signed up twice at once: keep the first account, drop this one
            accounts.delete(created.id());
            return new Outcome(accounts.get(identities.accountOf(identity.issuer(), identity.subject()).orElseThrow()).orElseThrow(),
                    false, false);
        }
        return new Outcome(created, true, false);
    }

    /** Removes a link unless it is the account's last way to sign in. */
    public void unlink(long accountId, String providerName) {
        Account account = accounts.get(accountId).orElseThrow(() -> new ApiException(404, "Account deleted"));
        List<IdentityStore.Link> links = identities.list(accountId);
        if (links.stream().noneMatch(l -> l.provider().equals(providerName))) {
            throw new ApiException(404, "No " + providerName + " sign-in is linked");
        }
        if (!account.hasPassword() && links.size() == 1) {
            throw new ApiException(409, "This is the account's only way to sign in; link another provider first");
        }
        identities.unlink(accountId, providerName);
    }

    private Account signUp(ExternalIdentity identity) {
        String base = usernameFrom(identity.suggestedUsername());
        String displayName = identity.displayName().codePoints().filter(c -> !Character.isISOControl(c)).limit(64)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        for (int attempt = 1; ; attempt++) {
            String candidate = attempt == 1 ? base
                    : attempt <= 20 ? cut(base, 29) + "-" + attempt
                    : cut(base, 25) + "-" + random.issue("").substring(0, 6).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
            try {
                return accountService.createWithoutPassword(candidate, displayName);
            } catch (ApiException taken) {
                if (taken.status() != 409 || attempt > 40) {
                    throw taken;
                }
            }
        }
    }

    static String usernameFrom(String suggested) {
        String name = suggested.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        name = cut(name, 32);
        return name.length() >= 3 ? name : ("user-" + name).replaceAll("-+$", "");
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private OidcProviderConfig provider(String name) {
        OidcProviderConfig provider = providers.get(name);
        if (provider == null) {
            throw new ApiException(404, "No sign-in provider named " + name);
        }
        return provider;
    }

    private String callbackUrl(OidcProviderConfig provider) {
        return baseUrl + "/api/v1/auth/" + provider.name() + "/callback";
    }
}
