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
        return new XdgAutostart(config.resolve("autostart"), command);
    }

    /** The command that started this JVM: the jpackage launcher if there is one, else java with its arguments. */
    public static List<String> currentCommand() {
        var info = ProcessHandle.current().info();
        return launchCommand(info.command().orElse("codehabit"), info.arguments().orElse(new String[0]), System.getenv());
    }

    /**
     * The command line of this start, repeated at login. The launcher's environment (agent/launcher.env) is not
     * in the arguments, so it is prefixed through {@code env}; it is only set on Linux, where {@code env} exists.
     */
    static List<String> launchCommand(String exe, String[] args, Map<String, String> env) {
        var out = new java.util.ArrayList<String>();
        String arenas = env.get(MALLOC_ARENA_MAX);
        if (arenas != null && !arenas.isBlank()) {
            out.add("env");
            out.add(MALLOC_ARENA_MAX + "=" + arenas);
        }
        out.add(exe);
        for (String a : args) {
            if (!a.equals("--demo")) { // a demo start is not what the user wants at every login
                out.add(a);
            }
        }
        return out;
    }
}
