package dev.codehabit.sync.http;

import java.util.Map;

/**
 * A request the server refuses, with the status and a reason the caller can act on. Services throw the
 * subclasses that say what went wrong; {@link ApiErrors} turns every one into the same JSON shape.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final Map<String, Object> details;

    public ApiException(int status, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.details = Map.copyOf(details);
    }

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public int status() {
        return status;
    }

    public Map<String, Object> details() {
        return details;
    }
}
