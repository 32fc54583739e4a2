package dev.codehabit.agent.categories;

/** A category change that something else forbids right now (a strict focus session): a 409. */
public final class CategoryChangeRefusedException extends RuntimeException {
    public CategoryChangeRefusedException(String message) {
        super(message, null, false, false);
    }
}
