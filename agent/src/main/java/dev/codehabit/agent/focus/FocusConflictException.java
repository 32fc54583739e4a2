package dev.codehabit.agent.focus;

import dev.codehabit.agent.refusal.ConflictException;

/** A focus change that the current session does not allow (a 409). */
public final class FocusConflictException extends ConflictException {
    FocusConflictException(String message) {
        super(message);
    }
}
