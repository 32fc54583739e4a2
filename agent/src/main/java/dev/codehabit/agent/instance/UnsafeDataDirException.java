package dev.codehabit.agent.instance;

/** The data dir or a secret in it could be read or planted by someone else; the message says what to do. */
public final class UnsafeDataDirException extends RuntimeException {
    public UnsafeDataDirException(String message) {
        super(message);
    }
}
