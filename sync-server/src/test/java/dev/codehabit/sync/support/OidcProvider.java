package dev.codehabit.sync.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real OpenID Connect provider: npm's {@code oidc-provider} (installed into src/test/oidc by Maven), started
 * with the redirect URIs the test's servers will use. Its development login form accepts any user name, which
 * becomes the subject; {@link #signIn} fills that form like a browser would.
 */
public final class OidcProvider implements AutoCloseable {
    public static final String CLIENT_ID = "codehabit";
    public static final String CLIENT_SECRET = "codehabit-test-secret";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

    private final Process process;
    private final int port;

    private OidcProvider(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static OidcProvider start(List<String> redirectUris) {
        return start(List.of(), redirectUris);
    }

    /** The same authorisation server on GitHub Enterprise's paths, with GitHub's user endpoint (see op.mjs). */
    public static OidcProvider startGitHub(List<String> redirectUris) {
        return start(List.of("--github"), redirectUris);
    }

    private static OidcProvider start(List<String> flags, List<String> redirectUris) {
        Path dir = Path.of("src/test/oidc").toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("node_modules/oidc-provider"))) {
            throw new IllegalStateException("oidc-provider is not installed in " + dir + ": run the build through Maven"
                    + " (its generate-test-resources phase runs npm ci there)");
        }
        int port = ExternalProcess.freePort();
        List<String> command = new ArrayList<>(List.of("node", "op.mjs", String.valueOf(port)));
        command.addAll(flags);
        command.addAll(redirectUris);
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> out.lines().anyMatch("ready"::equals));
            if (!ready.get(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("oidc-provider exited before it was ready");
            }
            Thread.ofVirtual().start(() -> out.lines().forEach(line -> { })); // keep draining its warnings
            return new OidcProvider(p, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start node (apt-get install nodejs npm)", e);
        } catch (Exception e) {
            throw new IllegalStateException("oidc-provider did not start", e);
        }
    }

    /**
     * A free port for each backend's server, chosen before the provider starts: the provider must know the
     * servers' callback URLs, and the servers the provider's issuer.
     */
    public static Map<Backend, Integer> serverPorts() {
        Map<Backend, Integer> ports = new EnumMap<>(Backend.class);
        for (Backend backend : Backend.values()) {
            ports.put(backend, ExternalProcess.freePort());
        }
        return ports;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Opens {@code startUrl} in a fresh "browser" (cookies kept, redirects followed), signs in at the provider
     * as {@code login}, consents, and returns what the server's callback answered.
     */
    public static HttpResponse<String> signIn(String startUrl, String login) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(startUrl)).GET());
        page = submit(browser, page, "prompt=login&login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=any");
        // the consent page, unless this client already holds a grant for these scopes
        return page.body().contains("name=\"prompt\" value=\"consent\"") ? submit(browser, page, "prompt=consent") : page;
    }

    private static HttpResponse<String> submit(HttpClient browser, HttpResponse<String> page, String form) {
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("No form on " + page.uri() + " (" + page.statusCode() + "): " + page.body());
        }
        return send(browser, HttpRequest.newBuilder(page.uri().resolve(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
