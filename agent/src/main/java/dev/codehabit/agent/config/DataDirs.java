package dev.codehabit.agent.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the agent keeps its data when no {@code --data-dir} is given, following each OS's convention. */
public final class DataDirs {
    private DataDirs() {}

    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "CodeHabit")
                    : home.resolve("AppData").resolve("Roaming").resolve("CodeHabit");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CodeHabit");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "codehabit");
        }
        return home.resolve(".local").resolve("share").resolve("codehabit");
    }
}
