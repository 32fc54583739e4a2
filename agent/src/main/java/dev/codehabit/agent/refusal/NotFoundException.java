package dev.codehabit.agent.refusal;

/** The thing asked for does not exist (a 404 over HTTP). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
