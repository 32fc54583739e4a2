package dev.codehabit.sync.store;

/** A database failure the caller cannot fix: becomes a 500 (or 503) at the HTTP edge, never a partial write. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
