package dev.codehabit.agent.cli;

import dev.codehabit.agent.Json;
import dev.codehabit.agent.instance.AgentFile;
import dev.codehabit.agent.instance.AgentInfo;
import dev.codehabit.agent.instance.RunningAgent;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code status}: is an agent running on this data dir, where, since when. Exit 0 if running, 1 if not. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Tell whether an agent runs on the data dir.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    AgentCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<AgentInfo> info = new RunningAgent(new AgentFile(parent.existingDataDir(), Json.mapper())).find();
        if (info.isEmpty()) {
            out.println("No CodeHabit agent is running on " + parent.dataDir());
            out.flush();
            return 1;
        }
        AgentInfo i = info.get();
        out.println("CodeHabit agent " + i.version() + " is running (" + i.mode() + ")");
        out.println("  pid:      " + i.pid());
        out.println("  api:      " + i.api());
        out.println("  since:    " + i.startedAt());
        out.println("  data dir: " + parent.dataDir());
        out.flush();
        return 0;
    }
}
