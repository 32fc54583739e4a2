package dev.codehabit.agent.platform.autostart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** macOS: a LaunchAgent plist in {@code ~/Library/LaunchAgents} with RunAtLoad, read by launchd at login. */
public final class MacLaunchAgentAutostart implements Autostart {
    private static final String LABEL = "dev.codehabit.agent";
    private final Path file;
    private final List<String> command;

    public MacLaunchAgentAutostart(Path home, List<String> command) {
        this.file = home.resolve("Library/LaunchAgents/" + LABEL + ".plist");
        this.command = List.copyOf(command);
    }

    @Override
    public boolean isEnabled() {
        return Files.isRegularFile(file);
    }

    @Override
    public void setEnabled(boolean enabled) throws IOException {
        if (!enabled) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        String args = command.stream().map(a -> "        <string>" + xml(a) + "</string>").collect(Collectors.joining("\n"));
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                    <key>Label</key><string>%s</string>
                    <key>ProgramArguments</key>
                    <array>
                %s
                    </array>
                    <key>RunAtLoad</key><true/>
                    <key>ProcessType</key><string>Interactive</string>
                </dict>
                </plist>
                """.formatted(LABEL, args));
    }

    @Override
    public String describe() {
        return file.toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
