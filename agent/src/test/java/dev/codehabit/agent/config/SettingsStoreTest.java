package dev.codehabit.agent.config;

import dev.codehabit.agent.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void defaultsThenPresetThenTheUsersFile() throws Exception {
        Path preset = dir.resolve("preset.json");
        Files.writeString(preset, "{\"keystroke_timeout_seconds\": 900, \"idle_threshold_seconds\": 300}");
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"idle_threshold_seconds\": 120, \"from_a_newer_version\": true}");
        Settings s = new SettingsStore(file, Optional.of(preset), Json.mapper()).get();
        assertThat(s.keystrokeTimeoutSeconds()).isEqualTo(900);
        assertThat(s.idleThresholdSeconds()).isEqualTo(120);
        assertThat(s.timeZone()).isEqualTo("system");
    }

    @Test
    void soundKeepsYouActiveByDefaultAndAnInstallerCanPresetItOff() throws Exception {
        assertThat(Settings.defaults().audibleKeepsActive()).isTrue();
        Path preset = dir.resolve("preset.json");
        Files.writeString(preset, "{\"audible_keeps_active\": false}");
        Path file = dir.resolve("settings.json");
        assertThat(new SettingsStore(file, Optional.of(preset), Json.mapper()).get().audibleKeepsActive()).isFalse();
        Files.writeString(file, "{\"audible_keeps_active\": true}");
        assertThat(new SettingsStore(file, Optional.of(preset), Json.mapper()).get().audibleKeepsActive()).isTrue();
    }

    @Test
    void updatesPersistAndAreAnnounced() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file, Optional.empty(), Json.mapper());
        AtomicReference<Settings> seen = new AtomicReference<>();
        store.onChange(seen::set);
        store.update(store.get().withTimeZone("Asia/Tokyo"));
        assertThat(seen.get().timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(new SettingsStore(file, Optional.empty(), Json.mapper()).get().timeZone()).isEqualTo("Asia/Tokyo");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temp file left").containsExactly("settings.json");
        }
    }

    @Test
    void invalidValuesAreRefusedWithTheReason() throws Exception {
        assertThatThrownBy(() -> Settings.defaults().withKeystrokeTimeoutSeconds(5)).hasMessageContaining("between 60 and 3600");
        assertThatThrownBy(() -> Settings.defaults().withTimeZone("Mars/Olympus")).hasMessageContaining("Mars/Olympus");
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"time_zone\": \"Nowhere/City\"}");
        assertThatThrownBy(() -> new SettingsStore(file, Optional.empty(), Json.mapper()))
                .hasMessageContaining("Invalid settings").hasMessageContaining("Nowhere/City");
    }

    @Test
    void dataDirFollowsEachOsConvention() {
        Path home = Path.of("/home/ada");
        assertThat(DataDirs.defaultDataDir("Linux", Map.of(), home)).isEqualTo(Path.of("/home/ada/.local/share/codehabit"));
        assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data"), home)).isEqualTo(Path.of("/data/codehabit"));
        assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ada/.local/share/codehabit"));
        assertThat(DataDirs.defaultDataDir("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/CodeHabit"));
        assertThat(DataDirs.defaultDataDir("Windows 11", Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming"), home).toString())
                .endsWith("CodeHabit");
    }
}
