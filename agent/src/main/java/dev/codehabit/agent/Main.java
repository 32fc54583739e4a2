package dev.codehabit.agent;

import dev.codehabit.agent.cli.AgentCommand;
import dev.codehabit.agent.ui.JavaFxDesktopMode;

import java.time.Clock;

/** Entry point: parses the command line and runs the agent or a subcommand. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = AgentCommand.commandLine(Clock.systemUTC(), new JavaFxDesktopMode()).execute(args);
        System.exit(code);
    }
}
