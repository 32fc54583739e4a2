package dev.codehabit.agent.commits;

/** A reported commit that cannot be stored; the message says which field is wrong. */
public final class InvalidCommitException extends Exception {
    public InvalidCommitException(String message) {
        super(message, null, false, false);
    }
}
