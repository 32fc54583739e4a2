package dev.codehabit.agent.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * How a failed command reports: one sentence, exit status non-zero, and the stack trace only with
 * {@code --verbose}. A {@link CliProblem} is already written for a person; anything else is a defect or an
 * environment we did not foresee, so its message is shown with the hint that {@code --verbose} tells more.
 */
final class ErrorReport implements IExecutionExceptionHandler {
    static final int UNEXPECTED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        boolean verbose = verbose(parsed);
        if (e instanceof CliProblem problem) {
            err.println(problem.getMessage());
        } else {
            err.println("CodeHabit stopped on an unexpected error: " + describe(e)
                    + (verbose ? "" : " (run again with --verbose for the details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof CliProblem problem ? problem.exitCode() : UNEXPECTED;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return root == e || root.getMessage() == null ? message : message + ": " + root.getMessage();
    }
}
