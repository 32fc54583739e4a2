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
    void onLinuxTheLaunchersEnvironmentComesAlongAndElsewhereNothingIsPrefixed(@TempDir Path home) throws Exception {
        Map<String, String> launched = Map.of("MALLOC_ARENA_MAX", "1", "HOME", "/h");
        List<String> java = List.of("/usr/bin/java", "-Xmx256m", "-jar", "/opt/codehabit/agent.jar");
        Autostart linux = Autostarts.forCurrentOs("Linux", launched, home, java);
        linux.setEnabled(true);
        assertThat(Files.readString(home.resolve(".config/autostart/codehabit.desktop")))
                .contains("Exec=env MALLOC_ARENA_MAX=1 /usr/bin/java -Xmx256m -jar /opt/codehabit/agent.jar\n");
        // macOS (and Windows) have no glibc, and no env on the login path of a Run key.
        Autostart mac = Autostarts.forCurrentOs("Mac OS X", launched, home, java);
        mac.setEnabled(true);
        assertThat(Files.readString(Path.of(mac.describe()))).contains("<string>/usr/bin/java</string>").doesNotContain("env");
        Autostarts.forCurrentOs("Linux", Map.of(), home, java).setEnabled(true); // started without the launcher
        assertThat(Files.readString(home.resolve(".config/autostart/codehabit.desktop")))
                .contains("Exec=/usr/bin/java -Xmx256m");
    }
}
