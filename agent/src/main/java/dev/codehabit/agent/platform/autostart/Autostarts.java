package dev.codehabit.agent.platform.autostart;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks the autostart mechanism of the running OS. */
public final class Autostarts {
    private static final String MALLOC_ARENA_MAX = "MALLOC_ARENA_MAX";

    private Autostarts() {}

    /** @param command how to start the agent (the launcher, or java with its arguments) */
    public static Autostart forCurrentOs(String osName, Map<String, String> env, Path home, List<String> command) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new WindowsRunKeyAutostart(command);
        }
        if (os.contains("mac")) {
            return new MacLaunchAgentAutostart(home, command);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return new XdgAutostart(config.resolve("autostart"), withLauncherEnvironment(command, env));
    }

    /**
     * On Linux, the command prefixed with the launcher's environment (agent/launcher.env) through {@code env}:
     * it is not in the JVM's arguments, and the agent started at login should run as the one launched now.
     */
    static List<String> withLauncherEnvironment(List<String> command, Map<String, String> env) {
        String arenas = env.get(MALLOC_ARENA_MAX);
        if (arenas == null || arenas.isBlank()) {
            return command;
        }
        var out = new java.util.ArrayList<String>(List.of("env", MALLOC_ARENA_MAX + "=" + arenas));
        out.addAll(command);
        return out;
    }

    /** The command that started this JVM: the jpackage launcher if there is one, else java with its arguments. */
    public static List<String> currentCommand() {
        var info = ProcessHandle.current().info();
        String exe = info.command().orElse("codehabit");
        String[] args = info.arguments().orElse(new String[0]);
        var out = new java.util.ArrayList<String>();
        out.add(exe);
        for (String a : args) {
            if (!a.equals("--demo")) { // a demo start is not what the user wants at every login
                out.add(a);
            }
        }
        return out;
    }
}
