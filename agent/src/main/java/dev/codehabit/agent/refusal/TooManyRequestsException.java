package dev.codehabit.agent.refusal;

/** A limit on waiting work is reached; the caller may try again once some is done (a 429). */
public class TooManyRequestsException extends RuntimeException {
    public TooManyRequestsException(String message) {
        super(message, null, false, false);
    }
}
