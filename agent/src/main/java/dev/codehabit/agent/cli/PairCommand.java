package dev.codehabit.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codehabit.agent.Json;
import dev.codehabit.agent.instance.AgentFile;
import dev.codehabit.agent.instance.AgentInfo;
import dev.codehabit.agent.instance.RunningAgent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code pair CODE}: approves the browser extension's pairing request showing that code, on the running agent.
 * The desktop app approves from its notification or Settings; this is the way for a headless agent.
 */
@Command(name = "pair", mixinStandardHelpOptions = true,
        description = "Approve the pairing request whose code the browser extension shows (e.g. 123-456).")
final class PairCommand implements Callable<Integer> {
    @ParentCommand
    AgentCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "The six-digit code shown by the extension.")
    String code;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RunningAgent agent = new RunningAgent(new AgentFile(parent.existingDataDir(), Json.mapper()));
        AgentInfo info = agent.find().orElseThrow(() -> new CliProblem("No CodeHabit agent is running on "
                + parent.dataDir() + ": start it (./codehabit), then pair again from the extension."));
        String wanted = digits(code);
        JsonNode pending = Json.mapper().readTree(agent.call(info, "GET", "/pairing?status=pending")
                .filter(r -> r.status() == 200).orElseThrow(() -> new CliProblem("The agent did not list its "
                        + "pairing requests; try again.")).body());
        for (JsonNode request : pending) {
            if (digits(request.path("code").asText()).equals(wanted)) {
                int status = agent.call(info, "POST", "/pairing/" + request.path("id").asText() + "/approve")
                        .map(RunningAgent.Reply::status).orElse(0);
                if (status != 200) {
                    throw new CliProblem("The request with code " + code + " could not be approved (it may have "
                            + "just expired): pair again from the extension.");
                }
                out.println("Paired " + request.path("name").asText() + ".");
                out.flush();
                return 0;
            }
        }
        throw new CliProblem("No pairing request with code " + code + " is waiting (they expire after 5 minutes): "
                + "press Pair in the extension's popup and use the code it shows.");
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }
}
