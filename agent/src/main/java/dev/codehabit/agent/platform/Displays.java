package dev.codehabit.agent.platform;

import java.awt.GraphicsEnvironment;
import java.util.Locale;
import java.util.Map;

/** Whether a graphical session exists, so the agent can fall back to headless by itself. */
public final class Displays {
    private Displays() {}

    public static boolean available() {
        return available(System.getProperty("os.name", ""), System.getenv(), GraphicsEnvironment.isHeadless());
    }

    static boolean available(String osName, Map<String, String> env, boolean awtHeadless) {
        if (awtHeadless) {
            return false;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(env.get("DISPLAY")) || notBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
