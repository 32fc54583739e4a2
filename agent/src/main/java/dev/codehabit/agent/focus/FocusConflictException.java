package dev.codehabit.agent.focus;

/** A focus change that the current session does not allow (a 409). */
public final class FocusConflictException extends RuntimeException {
    FocusConflictException(String message) {
        super(message, null, false, false);
    }
}
