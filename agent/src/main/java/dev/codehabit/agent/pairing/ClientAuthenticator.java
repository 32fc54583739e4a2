package dev.codehabit.agent.pairing;

import dev.codehabit.agent.api.Caller;
import dev.codehabit.agent.api.TokenAuthenticator;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Accepts the tokens of paired, not revoked clients; a revoked token gets 401 from the guard. */
public final class ClientAuthenticator implements TokenAuthenticator {
    /** Remembering when a client was last seen costs a write; once a minute is plenty. */
    private static final double TOUCH_EVERY_SECONDS = 60;

    private final ClientStore clients;
    private final Clock clock;
    private final Map<String, Double> lastTouched = new ConcurrentHashMap<>();

    public ClientAuthenticator(ClientStore clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith("chb_")) {
            return Optional.empty();
        }
        return clients.findActiveByTokenHash(Tokens.hash(token)).map(client -> {
            double now = clock.millis() / 1000.0;
            Double last = lastTouched.get(client.id());
            if (last == null || now - last >= TOUCH_EVERY_SECONDS) {
                lastTouched.put(client.id(), now);
                clients.touch(client.id(), now);
            }
            return new Caller(client.id(), client.name(), false);
        });
    }
}
