package dev.codehabit.agent.cli;

import dev.codehabit.agent.Json;
import dev.codehabit.agent.instance.AgentFile;
import dev.codehabit.agent.instance.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/** {@code token show|rotate}: the admin token that same-user tools and WakaTime plugins use. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Show or replace the agent's API token.",
        subcommands = {TokenCommand.Show.class, TokenCommand.Rotate.class})
final class TokenCommand {
    @ParentCommand
    AgentCommand parent;

    @Command(name = "show", description = "Print the current token.")
    static final class Show implements Runnable {
        @ParentCommand
        TokenCommand token;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().getOut().println(new TokenStore(token.parent.existingDataDir()).current());
            spec.commandLine().getOut().flush();
        }
    }

    @Command(name = "rotate", description = "Replace the token; clients using the old one get 401 from now on.")
    static final class Rotate implements Runnable {
        @ParentCommand
        TokenCommand token;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            String fresh = new TokenStore(token.parent.existingDataDir()).rotate();
            // A running agent re-reads the token file by itself; keep agent.json in step for the tools that read it.
            AgentFile agentFile = new AgentFile(token.parent.dataDir(), Json.mapper());
            agentFile.read().ifPresent(info -> agentFile.write(info.withToken(fresh)));
            out.println("New token: " + fresh);
            out.println("Update plugins configured with the old token (e.g. run `wakatime-config` again).");
            out.flush();
        }
    }
}
