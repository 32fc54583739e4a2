package dev.codehabit.sync.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.codehabit.sync.config.OidcProviderConfig;
import dev.codehabit.sync.http.ApiException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Talks to providers: discovery, the authorisation URL (code flow with PKCE S256, state and nonce), the code
 * exchange, ID-token verification (signature against the issuer's JWKS, issuer, audience, expiry, nonce — by
 * nimbus-jose-jwt) and the user-info lookup. Endpoints are discovered once per provider and kept.
 */
public final class OidcClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, ProviderEndpoints> endpoints = new ConcurrentHashMap<>();
    private final Map<String, DefaultJWTProcessor<SecurityContext>> verifiers = new ConcurrentHashMap<>();

    public ProviderEndpoints endpoints(OidcProviderConfig provider) {
        return endpoints.computeIfAbsent(provider.name(), n -> provider.gitHub() ? ProviderEndpoints.gitHub(provider.gitHubServer()) : discover(provider.issuer()));
    }

    private ProviderEndpoints discover(String issuer) {
        JsonNode doc = getJson(URI.create(issuer + "/.well-known/openid-configuration"), null);
        if (!issuer.equals(doc.path("issuer").asText())) {
            throw new ApiException(502, "The provider's discovery document names another issuer");
        }
        boolean basic = !doc.has("token_endpoint_auth_methods_supported")
                || doc.get("token_endpoint_auth_methods_supported").toString().contains("client_secret_basic");
        return new ProviderEndpoints(issuer, URI.create(doc.path("authorization_endpoint").asText()),
                URI.create(doc.path("token_endpoint").asText()), URI.create(doc.path("userinfo_endpoint").asText()),
                Optional.of(URI.create(doc.path("jwks_uri").asText())), "openid profile email", "sub",
                "preferred_username", "name", basic);
    }

    /** Where to send the user's browser. */
    public URI authorizationUrl(OidcProviderConfig provider, String redirectUri, String state, String nonce, String verifier) {
        ProviderEndpoints e = endpoints(provider);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", provider.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", e.scope());
        query.put("state", state);
        if (e.openIdConnect()) {
            query.put("nonce", nonce);
        }
        query.put("code_challenge", Pkce.challenge(verifier));
        query.put("code_challenge_method", "S256");
        String sep = e.authorization().getQuery() == null ? "?" : "&";
        return URI.create(e.authorization() + sep + form(query));
    }

    /** Exchanges the code and says who signed in; 502 when the provider's answer does not check out. */
    public ExternalIdentity identify(OidcProviderConfig provider, String redirectUri, String code, String nonce, String verifier) {
        ProviderEndpoints e = endpoints(provider);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", verifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(e.token()).timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded");
        if (e.basicAuth()) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((encode(provider.clientId()) + ":"
                    + encode(provider.clientSecret())).getBytes(StandardCharsets.UTF_8)));
        } else {
            body.put("client_id", provider.clientId());
            body.put("client_secret", provider.clientSecret());
        }
        JsonNode tokens = send(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build());
        String accessToken = tokens.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw new ApiException(502, "The provider refused the sign-in: " + tokens.path("error").asText("no access token"));
        }
        Optional<String> verifiedSubject = Optional.empty();
        if (e.openIdConnect()) {
            verifiedSubject = Optional.of(verifyIdToken(provider, e, tokens.path("id_token").asText(""), nonce).getSubject());
        }
        JsonNode user = getJson(e.userinfo(), accessToken);
        String subject = user.path(e.subjectClaim()).asText("");
        if (subject.isEmpty() || verifiedSubject.filter(s -> !s.equals(subject)).isPresent()) {
            throw new ApiException(502, "The provider's user info does not match the signed-in user");
        }
        String username = user.path(e.usernameClaim()).asText("");
        String name = user.path(e.nameClaim()).asText("");
        return new ExternalIdentity(e.issuer(), subject, username.isBlank() ? subject : username,
                name.isBlank() ? username : name, Optional.ofNullable(user.path("email").textValue()));
    }

    private JWTClaimsSet verifyIdToken(OidcProviderConfig provider, ProviderEndpoints e, String idToken, String nonce) {
        if (idToken.isEmpty()) {
            throw new ApiException(502, "The provider sent no ID token");
        }
        DefaultJWTProcessor<SecurityContext> processor = verifiers.computeIfAbsent(provider.name(), n -> {
            DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
            try {
                p.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256,
                        JWSAlgorithm.ES256, JWSAlgorithm.EdDSA), JWKSourceBuilder.create(e.jwks().orElseThrow().toURL()).build()));
            } catch (java.net.MalformedURLException bad) {
                throw new ApiException(502, "The provider's jwks_uri is not a URL");
            }
            return p;
        });
        try {
            // per call: the nonce differs each time; issuer, audience, expiry and the nonce must all match
            JWTClaimsSet expected = new JWTClaimsSet.Builder().issuer(e.issuer()).claim("nonce", nonce).build();
            synchronized (processor) {
                processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(provider.clientId(), expected,
                        Set.of("sub", "iat", "exp")));
                return processor.process(idToken, null);
            }
        } catch (Exception invalid) {
            throw new ApiException(502, "The provider's ID token did not verify: " + invalid.getMessage());
        }
    }

    private JsonNode getJson(URI uri, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.GET().build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = json.readTree(response.body().isBlank() ? "{}" : response.body());
            if (response.statusCode() / 100 != 2 && !body.has("error")) {
                throw new ApiException(502, "The provider answered " + response.statusCode() + " at " + request.uri().getPath());
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(502, "The provider cannot be reached (" + request.uri().getHost() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "Interrupted");
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
