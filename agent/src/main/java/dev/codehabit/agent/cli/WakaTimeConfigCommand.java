package dev.codehabit.agent.cli;

import dev.codehabit.agent.Json;
import dev.codehabit.agent.config.WakaTimeConfigFile;
import dev.codehabit.agent.instance.AgentFile;
import dev.codehabit.agent.instance.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code wakatime-config [--undo]}: makes every WakaTime plugin on this machine send to the agent. */
@Command(name = "wakatime-config", mixinStandardHelpOptions = true,
        description = {"Point WakaTime plugins (JetBrains, Vim, Emacs, Sublime, ...) at this agent: sets api_url and "
                + "api_key in ~/.wakatime.cfg, keeping a backup of the original.",
                "Run it again after `token rotate`; `--undo` restores the original file."})
final class WakaTimeConfigCommand implements Callable<Integer> {
    /** The agent's default port, used when it is not running and no --api-url is given. */
    static final int DEFAULT_PORT = 2633;

    @ParentCommand
    AgentCommand parent;
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The WakaTime config file (default: $WAKATIME_HOME/.wakatime.cfg or ~/.wakatime.cfg).")
    Path config;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "The URL plugins send to (default: the running agent's, else http://127.0.0.1:" + DEFAULT_PORT + "/api/v1).")
    String apiUrl;

    @Option(names = "--undo", description = "Restore the config file as it was before the first change.")
    boolean undo;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WakaTimeConfigFile file = new WakaTimeConfigFile(config != null ? config
                : WakaTimeConfigFile.defaultLocation(System.getenv(), Path.of(System.getProperty("user.home"))));
        try {
            if (undo) {
                if (!file.undo()) {
                    err.println("Nothing to undo: " + file.path() + " was not changed by CodeHabit.");
                    return 1;
                }
                out.println("Restored " + file.path() + " to what it was before CodeHabit changed it.");
                return 0;
            }
            Path dataDir = parent.existingDataDir();
            String url = apiUrl != null ? apiUrl : new AgentFile(dataDir, Json.mapper()).read()
                    .map(info -> info.api())
                    .orElse("http://127.0.0.1:" + DEFAULT_PORT + "/api/v1");
            String token = new TokenStore(dataDir).current();
            var backup = file.apply(url, token);
            out.println("Wrote api_url = " + url + " and api_key to " + file.path() + ".");
            backup.ifPresent(b -> out.println("The original is kept as " + b + "."));
            out.println("WakaTime plugins send to CodeHabit from their next heartbeat on. "
                    + "Undo with: codehabit wakatime-config --undo");
            return 0;
        } catch (IOException e) {
            err.println("Cannot update " + file.path() + ": " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
