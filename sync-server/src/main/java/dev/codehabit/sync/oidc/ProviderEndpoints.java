package dev.codehabit.sync.oidc;

import java.net.URI;
import java.util.Optional;

/**
 * Where and how to talk to one provider. OpenID Connect issuers fill this from their discovery document and
 * prove the user with a signed ID token; plain OAuth providers (GitHub) have fixed endpoints and are trusted
 * through the user endpoint they answer on with the access token.
 *
 * @param issuer        what identities from this provider are stored under (with the subject)
 * @param jwks          the signing keys of ID tokens; empty for plain OAuth (no ID token)
 * @param subjectClaim  the user-info field that identifies the user for good ({@code sub}; GitHub's {@code id})
 * @param usernameClaim the field a new account's user name is made from
 * @param basicAuth     send the client secret as HTTP Basic (else in the form body)
 */
public record ProviderEndpoints(String issuer, URI authorization, URI token, URI userinfo, Optional<URI> jwks, String scope,
                                String subjectClaim, String usernameClaim, String nameClaim, boolean basicAuth) {
    /**
     * GitHub's OAuth apps: not OpenID Connect, so no ID token; the user is who the user endpoint says owns the
     * access token. github.com, or a GitHub Enterprise Server at {@code server} (its API under /api/v3).
     */
    public static ProviderEndpoints gitHub(Optional<String> server) {
        String web = server.orElse("https://github.com");
        String api = server.map(s -> s + "/api/v3").orElse("https://api.github.com");
        return new ProviderEndpoints(web, URI.create(web + "/login/oauth/authorize"),
                URI.create(web + "/login/oauth/access_token"), URI.create(api + "/user"), Optional.empty(), "read:user",
                "id", "login", "name", false);
    }

    public boolean openIdConnect() {
        return jwks.isPresent();
    }
}
