package dev.codehabit.agent.desktop;

import dev.codehabit.agent.pairing.ClientStore;
import dev.codehabit.agent.pairing.PairedClient;
import dev.codehabit.agent.pairing.PairingRequest;
import dev.codehabit.agent.pairing.PairingService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The pairing feature (issue 3) as the desktop UI sees it: approve or deny requests, list and revoke clients. */
public final class PairingAdapter implements PairingRequests {
    private final PairingService pairing;
    private final ClientStore clients;
    private final Clock clock;

    public PairingAdapter(PairingService pairing, ClientStore clients, Clock clock) {
        this.pairing = pairing;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public List<Client> pending() {
        return pairing.pending().stream().map(PairingAdapter::client).toList();
    }

    @Override
    public List<Client> paired() {
        return clients.active().stream().map(PairingAdapter::client).toList();
    }

    @Override
    public void approve(String id) {
        pairing.approve(id);
    }

    @Override
    public void deny(String id) {
        pairing.deny(id);
    }

    @Override
    public void revoke(String id) {
        clients.revoke(id, clock.millis() / 1000.0);
    }

    @Override
    public Runnable onRequest(Consumer<Client> listener) {
        return pairing.onRequest(r -> listener.accept(client(r)));
    }

    private static Client client(PairingRequest r) {
        // Who is asking, as far as the agent can tell: the extension's id from its Origin, so the user can compare
        // it with chrome://extensions before approving.
        String from = r.origin() == null ? r.client() : r.client() + ", from " + r.origin();
        return new Client(r.id(), r.name() + (r.code() == null ? "" : " · code " + r.code()), from,
                instant(r.createdAt()), false);
    }

    private static Client client(PairedClient c) {
        return new Client(c.id(), c.name(), c.client(), instant(c.createdAt()), true);
    }

    private static Instant instant(double epochSeconds) {
        return Instant.ofEpochMilli((long) (epochSeconds * 1000));
    }
}
