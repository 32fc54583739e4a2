package dev.codehabit.agent.refusal;

/** A valid request that the current state does not allow, e.g. while a strict focus session runs (a 409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message, null, false, false);
    }
}
