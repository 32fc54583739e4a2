package dev.codehabit.agent.idle;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Tells, before touching native code, whether a global input hook can work in this session and why not. */
public record HookEnvironment(String osName, Map<String, String> env) {

    public static HookEnvironment current() {
        return new HookEnvironment(System.getProperty("os.name", ""), System.getenv());
    }

    /** Empty when the hook may work; otherwise the reason it cannot, in words for the user. */
    public Optional<String> whyUnavailable() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return Optional.empty(); // macOS refusals (no accessibility permission) surface when the hook starts
        }
        if ("wayland".equalsIgnoreCase(env.getOrDefault("XDG_SESSION_TYPE", ""))) {
            return Optional.of("Wayland does not let applications see global input");
        }
        if (blank("DISPLAY")) {
            return Optional.of(blank("WAYLAND_DISPLAY") ? "No display to watch for input"
                    : "Wayland does not let applications see global input");
        }
        return Optional.empty();
    }

    private boolean blank(String name) {
        String value = env.get(name);
        return value == null || value.isBlank();
    }
}
