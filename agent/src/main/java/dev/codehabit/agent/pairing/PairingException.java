package dev.codehabit.agent.pairing;

/** A pairing call that cannot be honoured; {@link #status} is the HTTP status it maps to. */
public final class PairingException extends RuntimeException {
    private final int status;

    PairingException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
