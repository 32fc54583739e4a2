package dev.codehabit.agent.platform.autostart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class XdgAutostartTest {
    @Test
    void writesAndRemovesADesktopEntryWithAQuotedCommand(@TempDir Path home) throws Exception {
        Autostart autostart = Autostarts.forCurrentOs("Linux", Map.of(), home,
                List.of("/opt/Code Habit/bin/codehabit", "--data-dir", "/home/a/my data"));
        assertThat(autostart.isEnabled()).isFalse();
        autostart.setEnabled(true);
        Path entry = home.resolve(".config/autostart/codehabit.desktop");
        assertThat(autostart.isEnabled()).isTrue();
        assertThat(Files.readString(entry)).contains("Exec=\"/opt/Code Habit/bin/codehabit\" --data-dir \"/home/a/my data\"")
                .contains("Type=Application");
        autostart.setEnabled(false);
        assertThat(entry).doesNotExist();
        assertThat(autostart.isEnabled()).isFalse();
    }

    @Test
    void followsXdgConfigHome(@TempDir Path dir) {
        Autostart a = Autostarts.forCurrentOs("Linux", Map.of("XDG_CONFIG_HOME", dir.resolve("cfg").toString()), dir,
                List.of("codehabit"));
        assertThat(a.describe()).isEqualTo(dir.resolve("cfg/autostart/codehabit.desktop").toString());
    }

    @Test
    void atLoginTheAgentStartsAsItWasStartedNowWithTheLaunchersEnvironment() {
        String[] args = {"-Xmx256m", "-jar", "/opt/codehabit/agent.jar", "--demo", "--data-dir", "/d"};
        assertThat(Autostarts.launchCommand("/usr/bin/java", args, Map.of("MALLOC_ARENA_MAX", "1", "HOME", "/h")))
                .containsExactly("env", "MALLOC_ARENA_MAX=1", "/usr/bin/java", "-Xmx256m", "-jar", "/opt/codehabit/agent.jar",
                        "--data-dir", "/d");
        assertThat(Autostarts.launchCommand("codehabit", new String[0], Map.of())).containsExactly("codehabit");
    }
}
