package dev.codehabit.agent.cli;

/**
 * A problem the user can act on: its message is one sentence that says what is wrong and what to do, printed
 * without a stack trace (unless {@code --verbose}), and the command exits with {@link #exitCode()}.
 */
final class CliProblem extends RuntimeException {
    private final int exitCode;

    CliProblem(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    CliProblem(String message) {
        this(message, 1, null);
    }

    int exitCode() {
        return exitCode;
    }
}
