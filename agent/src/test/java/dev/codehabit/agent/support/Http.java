package dev.codehabit.agent.support;

import java.net.URI;
import java.net.http.HttpRequest;

/** Requests the shortcuts of {@link TestAgent} don't cover: other tokens, an Origin, PUT and DELETE. */
public final class Http {
    public static final String EXTENSION_ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";

    private Http() {}

    public static HttpRequest.Builder request(TestAgent agent, String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(agent.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return b;
    }

    public static TestAgent.Response admin(TestAgent agent, String method, String path, String body) {
        return agent.send(request(agent, method, path, agent.token(), body));
    }

    /** As the browser extension calls: its Origin, maybe its token. */
    public static TestAgent.Response extension(TestAgent agent, String method, String path, String token, String body) {
        return agent.send(request(agent, method, path, token, body).header("Origin", EXTENSION_ORIGIN));
    }
}
