package dev.codehabit.agent.desktop;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Pairing of bridges (browser, IDE) with the agent, as the desktop UI needs it. Implemented by the pairing
 * feature (issue 3); until it is wired the UI says pairing arrives with the browser bridge.
 */
public interface PairingRequests {
    record Client(String id, String name, String kind, Instant requestedAt, boolean approved) {}

    List<Client> pending();

    List<Client> paired();

    void approve(String id);

    void deny(String id);

    void revoke(String id);

    /** Called (on any thread) when a bridge asks to pair; returns what cancels the subscription. */
    Runnable onRequest(Consumer<Client> listener);
}
