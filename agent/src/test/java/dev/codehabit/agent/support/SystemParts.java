package dev.codehabit.agent.support;

import java.io.File;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operating-system parts the desktop tests drive (X server, X tools, tray host, native libraries). A test
 * checks them first, so a machine without one fails naming the missing part and its Debian package, rather than
 * with an assertion about some output far from the cause. {@code ./test} installs them from .ci/apt-packages.
 */
public final class SystemParts {
    /** The Debian package of each command the tests run. */
    private static final Map<String, String> PACKAGE_OF = Map.of(
            "Xvfb", "xvfb", "xdotool", "xdotool", "xwininfo", "x11-utils", "import", "imagemagick",
            "trayer", "trayer", "dbus-run-session", "dbus-daemon", "openbox", "openbox", "xterm", "xterm");

    private SystemParts() {}

    /** Fails naming every command of {@code commands} that is not on the PATH. */
    public static void requireCommands(String... commands) {
        List<String> missing = new ArrayList<>();
        for (String command : commands) {
            if (!onPath(command)) {
                missing.add(command + " (Debian package " + PACKAGE_OF.getOrDefault(command, command) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(message("commands", missing));
        }
    }

    /** Fails naming the library when the dynamic linker cannot load {@code soname}. */
    public static void requireLibrary(String soname, String debianPackage) {
        try (Arena probe = Arena.ofConfined()) {
            SymbolLookup.libraryLookup(soname, probe);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(message("library", List.of(soname + " (Debian package " + debianPackage + ")")));
        }
    }

    static String message(String kind, List<String> missing) {
        return "Missing system " + kind + ": " + String.join(", ", missing)
                + ". Run ./test, which installs the packages in .ci/apt-packages.";
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
