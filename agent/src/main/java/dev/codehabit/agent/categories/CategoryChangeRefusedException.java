package dev.codehabit.agent.categories;

import dev.codehabit.agent.refusal.ConflictException;

/** A category change that something else forbids right now (a strict focus session): a 409. */
public final class CategoryChangeRefusedException extends ConflictException {
    public CategoryChangeRefusedException(String message) {
        super(message);
    }
}
