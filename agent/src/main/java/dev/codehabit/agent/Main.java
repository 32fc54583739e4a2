package dev.codehabit.agent;

import dev.codehabit.agent.cli.AgentCommand;
import dev.codehabit.agent.ui.JavaFxDesktopMode;

import java.time.Clock;

/** Entry point: parses the command line and runs the agent or a subcommand. */
public final class Main {
    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

    private Main() {}

    public static void main(String[] args) {
        // java.util.logging (the desktop's and JavaFX's messages) on one line, like the API's slf4j lines
        if (System.getProperty(LOG_FORMAT) == null) {
            System.setProperty(LOG_FORMAT, "%1$tF %1$tT %4$s %3$s - %5$s%6$s%n");
        }
        int code = AgentCommand.commandLine(Clock.systemUTC(), new JavaFxDesktopMode()).execute(args);
        System.exit(code);
    }
}
