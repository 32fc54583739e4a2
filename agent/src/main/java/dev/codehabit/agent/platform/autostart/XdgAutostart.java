package dev.codehabit.agent.platform.autostart;

import dev.codehabit.agent.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** freedesktop.org autostart: a .desktop file in {@code $XDG_CONFIG_HOME/autostart}, honoured by every Linux desktop. */
public final class XdgAutostart implements Autostart {
    private final Path file;
    private final List<String> command;

    public XdgAutostart(Path autostartDir, List<String> command) {
        this.file = autostartDir.resolve("codehabit.desktop");
        this.command = List.copyOf(command);
    }

    @Override
    public boolean isEnabled() {
        try {
            return Files.isRegularFile(file) && Files.readAllLines(file).stream().noneMatch(l -> l.strip().equals("Hidden=true"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void setEnabled(boolean enabled) throws IOException {
        if (!enabled) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        String exec = command.stream().map(XdgAutostart::quote).collect(Collectors.joining(" "));
        String entry = """
                [Desktop Entry]
                Type=Application
                Name=CodeHabit
                Comment=Local-first coding-habit tracker
                Exec=%s
                Icon=codehabit
                Terminal=false
                X-GNOME-Autostart-enabled=true
                """.formatted(exec);
        AtomicFile.writeString(file, entry);
    }

    @Override
    public String describe() {
        return file.toString();
    }

    /** Desktop Entry quoting: arguments with spaces or specials in double quotes, with \ " ` $ escaped. */
    static String quote(String arg) {
        if (arg.matches("[A-Za-z0-9_./=:+-]+")) {
            return arg;
        }
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`").replace("$", "\\$") + '"';
    }
}
