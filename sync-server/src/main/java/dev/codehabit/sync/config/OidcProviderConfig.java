package dev.codehabit.sync.config;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One provider users can sign in with. {@code --oidc NAME=ISSUER,CLIENT_ID,CLIENT_SECRET}: an OpenID Connect
 * issuer URL (its discovery document says the rest), or {@code github} for GitHub's OAuth apps, which are not
 * OpenID Connect ({@code github:https://ghe.example.com} for GitHub Enterprise Server). The callback to register
 * at the provider is {@code BASE_URL/api/v1/auth/NAME/callback}.
 */
public record OidcProviderConfig(String name, String issuer, String clientId, String clientSecret) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,32}");

    public OidcProviderConfig {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("OIDC provider name must be 1-32 of a-z, 0-9, _ and -: " + name);
        }
        String url = isGitHub(issuer) ? issuer.substring("github".length()).replaceFirst("^:", "") : issuer;
        if (!url.isEmpty()) {
            URI uri = URI.create(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("OIDC issuer must be an https:// URL, 'github' or 'github:https://…': " + issuer);
            }
            issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        }
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new IllegalArgumentException("OIDC provider " + name + " needs a client id and a client secret");
        }
    }

    /** Parses {@code NAME=ISSUER,CLIENT_ID,CLIENT_SECRET}; the message names the part that is wrong, never the secret. */
    public static OidcProviderConfig parse(String spec) {
        int eq = spec.indexOf('=');
        String[] parts = eq < 0 ? new String[0] : spec.substring(eq + 1).split(",", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("--oidc takes NAME=ISSUER,CLIENT_ID,CLIENT_SECRET (got "
                    + (eq < 0 ? "no NAME=" : parts.length + " comma-separated parts") + ")");
        }
        return new OidcProviderConfig(spec.substring(0, eq).strip().toLowerCase(Locale.ROOT), parts[0].strip(),
                parts[1].strip(), parts[2].strip());
    }

    public boolean gitHub() {
        return isGitHub(issuer);
    }

    /** For GitHub Enterprise Server: its URL; empty for github.com. */
    public Optional<String> gitHubServer() {
        return gitHub() && issuer.length() > "github:".length() ? Optional.of(issuer.substring("github:".length())) : Optional.empty();
    }

    private static boolean isGitHub(String issuer) {
        return issuer.equalsIgnoreCase("github") || issuer.regionMatches(true, 0, "github:", 0, 7);
    }

    @Override
    public String toString() {
        return "OidcProviderConfig[" + name + ", " + issuer + ", " + clientId + ", secret hidden]";
    }
}
