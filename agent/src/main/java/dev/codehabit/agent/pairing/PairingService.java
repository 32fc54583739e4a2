package dev.codehabit.agent.pairing;

import dev.codehabit.agent.refusal.TooManyRequestsException;
import dev.codehabit.agent.refusal.ConflictException;
import dev.codehabit.agent.refusal.NotFoundException;
import dev.codehabit.agent.refusal.InvalidInputException;
import dev.codehabit.agent.pairing.PairingRequest.Status;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The pairing handshake, the way KeePassXC-Browser associates: a browser asks, the agent shows the
 * request with a code, the user approves on the desktop, and the browser collects its own token once.
 * At most {@value #MAX_PENDING} requests wait at a time, each for at most five minutes.
 */
public final class PairingService {
    public static final double TTL_SECONDS = 5 * 60;
    public static final int MAX_PENDING = 5;
    private static final Pattern CLIENT = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final ClientStore clients;
    private final Clock clock;
    private final Tokens tokens = new Tokens();
    private final Map<String, PairingRequest> requests = new ConcurrentHashMap<>();
    private final List<Consumer<PairingRequest>> listeners = new CopyOnWriteArrayList<>();

    public PairingService(ClientStore clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** The desktop UI registers here to show a notification for each new request. */
    public Runnable onRequest(Consumer<PairingRequest> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * A new request from {@code origin} (the extension's Origin). One extension has one request waiting at most: a
     * new one replaces its previous one, so a single caller cannot fill every slot by itself.
     */
    public PairingRequest request(String client, String name, String origin) {
        if (client == null || !CLIENT.matcher(client).matches()) {
            throw new InvalidInputException("client must be a short lowercase name such as chrome or firefox");
        }
        String shown = name == null ? "" : name.strip();
        if (shown.isEmpty() || shown.length() > 100 || shown.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name must be 1 to 100 printable characters, e.g. \"Chrome on Linux\"");
        }
        // Bidi overrides and other invisible format characters (U+202E, U+2066, U+200B...) can make the name read
        // differently in the approval prompt than it is.
        if (shown.codePoints().anyMatch(cp -> Character.getType(cp) == Character.FORMAT)) {
            throw new InvalidInputException("name must not contain invisible or text-direction control characters");
        }
        shown = java.text.Normalizer.normalize(shown, java.text.Normalizer.Form.NFC);
        PairingRequest created;
        synchronized (this) {
            expire();
            requests.replaceAll((id, r) -> r.status() == Status.PENDING && origin.equals(r.origin())
                    ? r.with(Status.EXPIRED, null) : r);
            if (pending().size() >= MAX_PENDING) {
                throw new TooManyRequestsException("Too many pairing requests are waiting; approve or deny them first");
            }
            double now = now();
            created = new PairingRequest(tokens.id(), client, shown, tokens.code(), now, now + TTL_SECONDS,
                    Status.PENDING, null, null, origin);
            requests.put(created.id(), created);
        }
        listeners.forEach(l -> l.accept(created));
        return created;
    }

    /** The request's state; an approved request carries the client's token the first time only. */
    public synchronized Optional<PairingRequest> collect(String id) {
        expire();
        PairingRequest r = requests.get(id);
        if (r != null && r.token() != null) {
            requests.put(id, r.with(r.status(), null));
        }
        return Optional.ofNullable(r);
    }

    public synchronized List<PairingRequest> pending() {
        expire();
        return requests.values().stream()
                .filter(r -> r.status() == Status.PENDING)
                .sorted(Comparator.comparingDouble(PairingRequest::createdAt))
                .toList();
    }

    public synchronized PairingRequest approve(String id) {
        PairingRequest r = pendingRequest(id);
        String token = tokens.token();
        PairedClient client = new PairedClient(tokens.id(), r.client(), r.name(), now(), null);
        clients.add(client, Tokens.hash(token));
        requests.put(id, r.approvedAs(client.id(), token));
        return r.approvedAs(client.id(), null);
    }

    public synchronized PairingRequest deny(String id) {
        PairingRequest denied = pendingRequest(id).with(Status.DENIED, null);
        requests.put(id, denied);
        return denied;
    }

    private PairingRequest pendingRequest(String id) {
        expire();
        PairingRequest r = requests.get(id);
        if (r == null) {
            throw new NotFoundException("No pairing request " + id);
        }
        if (r.status() != Status.PENDING) {
            throw new ConflictException("Pairing request " + id + " is already " + r.status().key());
        }
        return r;
    }

    /** Pending requests past their time expire; decided ones are forgotten a while later. */
    private void expire() {
        double now = now();
        requests.replaceAll((id, r) -> r.status() == Status.PENDING && r.expiresAt() <= now
                ? r.with(Status.EXPIRED, null) : r);
        requests.values().removeIf(r -> r.expiresAt() + TTL_SECONDS <= now);
    }

    private double now() {
        return clock.millis() / 1000.0;
    }
}
