package dev.codehabit.agent.ingest;

import java.util.Locale;
import java.util.Map;

/** Names the client behind a heartbeat from its {@code source} or WakaTime-style {@code user_agent}. */
final class Editors {
    private static final Map<String, String> DISPLAY_NAMES = Map.ofEntries(
            Map.entry("vscode", "VS Code"),
            Map.entry("vscodium", "VSCodium"),
            Map.entry("code-server", "code-server"),
            Map.entry("cursor", "Cursor"),
            Map.entry("intellij", "IntelliJ IDEA"),
            Map.entry("idea", "IntelliJ IDEA"),
            Map.entry("jetbrains", "JetBrains"),
            Map.entry("pycharm", "PyCharm"),
            Map.entry("webstorm", "WebStorm"),
            Map.entry("goland", "GoLand"),
            Map.entry("vim", "Vim"),
            Map.entry("neovim", "Neovim"),
            Map.entry("emacs", "Emacs"),
            Map.entry("sublime_text", "Sublime Text"),
            Map.entry("sublime", "Sublime Text"),
            Map.entry("xcode", "Xcode"),
            Map.entry("eclipse", "Eclipse"),
            Map.entry("zed", "Zed"),
            Map.entry("browser", "Browser"),
            Map.entry("chrome", "Chrome"),
            Map.entry("chromium", "Chromium"),
            Map.entry("firefox", "Firefox"),
            Map.entry("edge", "Edge"),
            Map.entry("brave", "Brave"));

    private Editors() {}

    /**
     * The client key. WakaTime plugins send e.g. {@code wakatime/v1.90 (linux) go1.21 vscode/1.85.0 vscode-wakatime/24.0};
     * the editor is the first {@code name/version} token after the CLI's own that we know.
     */
    static String sourceFrom(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "unknown";
        }
        String fallback = null;
        for (String token : userAgent.toLowerCase(Locale.ROOT).split("\\s+")) {
            int slash = token.indexOf('/');
            if (slash <= 0) {
                continue;
            }
            String name = token.substring(0, slash);
            if (DISPLAY_NAMES.containsKey(name)) {
                return name;
            }
            if (fallback == null && !name.equals("wakatime") && !name.startsWith("go1") && !name.startsWith("codehabit")) {
                fallback = name;
            }
        }
        return fallback != null ? fallback : "unknown";
    }

    static String displayName(String source) {
        String known = DISPLAY_NAMES.get(source.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return source.isEmpty() ? "Unknown" : Character.toUpperCase(source.charAt(0)) + source.substring(1);
    }
}
