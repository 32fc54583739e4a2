package dev.codehabit.agent.refusal;

/**
 * Input that the caller can fix, with the message that says how: a 400 over HTTP, a "not saved: ..." in the
 * settings window. An {@link IllegalArgumentException} so that parsers which wrap one (naming the field or the
 * index) keep doing so; any other {@code IllegalArgumentException} is a bug, and the API answers 500 for it.
 */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String message) {
        super(message);
    }
}
