package dev.codehabit.agent.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing ~/.wakatime.cfg: keep what the user had, set two keys, undo exactly. */
class WakaTimeConfigFileTest {
    @TempDir
    Path home;

    @Test
    void setsTheKeysInTheSettingsSectionAndKeepsEverythingElse() throws Exception {
        Path cfg = home.resolve(".wakatime.cfg");
        String original = """
                ; my config
                [settings]
                debug = false
                api_key = waka_old-key
                hidefilenames = true

                [projectmap]
                ~/work/x = X
                """;
        Files.writeString(cfg, original);
        WakaTimeConfigFile file = new WakaTimeConfigFile(cfg);
        assertThat(file.apply("http://127.0.0.1:2633/api/v1", "tok")).contains(file.backup());
        assertThat(Files.readString(cfg)).isEqualTo("""
                ; my config
                [settings]
                api_url = http://127.0.0.1:2633/api/v1
                debug = false
                api_key = tok
                hidefilenames = true

                [projectmap]
                ~/work/x = X
                """);
        assertThat(Files.readString(file.backup())).isEqualTo(original);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cfg))).isEqualTo("rw-------");
    }

    @Test
    void runningItAgainKeepsTheFirstBackupAndUndoRestoresTheOriginal() throws Exception {
        Path cfg = home.resolve(".wakatime.cfg");
        Files.writeString(cfg, "[settings]\napi_key = mine\n");
        WakaTimeConfigFile file = new WakaTimeConfigFile(cfg);
        file.apply("http://127.0.0.1:1/api/v1", "a");
        assertThat(file.apply("http://127.0.0.1:2/api/v1", "b")).isEmpty();
        assertThat(Files.readString(cfg)).contains("api_url = http://127.0.0.1:2/api/v1").contains("api_key = b");
        assertThat(file.undo()).isTrue();
        assertThat(Files.readString(cfg)).isEqualTo("[settings]\napi_key = mine\n");
        assertThat(file.undo()).isFalse();
    }

    @Test
    void createsTheFileWhenThereIsNoneAndUndoRemovesIt() throws Exception {
        Path cfg = home.resolve(".wakatime.cfg");
        WakaTimeConfigFile file = new WakaTimeConfigFile(cfg);
        assertThat(file.apply("http://127.0.0.1:2633/api/v1", "tok")).isEmpty();
        assertThat(Files.readString(cfg)).isEqualTo("[settings]\napi_key = tok\napi_url = http://127.0.0.1:2633/api/v1\n");
        assertThat(file.undo()).isTrue();
        assertThat(cfg).doesNotExist();
        assertThat(file.undo()).isFalse();
    }

    @Test
    void addsASettingsSectionAboveOtherSections() throws Exception {
        Path cfg = home.resolve(".wakatime.cfg");
        Files.writeString(cfg, "[git]\nsubmodules_disabled = true\n");
        new WakaTimeConfigFile(cfg).apply("u", "k");
        assertThat(Files.readString(cfg)).isEqualTo("[settings]\napi_key = k\napi_url = u\n\n[git]\nsubmodules_disabled = true\n");
    }

    @Test
    void followsWakatimeHome() {
        assertThat(WakaTimeConfigFile.defaultLocation(Map.of("WAKATIME_HOME", "/opt/w"), Path.of("/home/u")))
                .isEqualTo(Path.of("/opt/w/.wakatime.cfg"));
        assertThat(WakaTimeConfigFile.defaultLocation(Map.of(), Path.of("/home/u"))).isEqualTo(Path.of("/home/u/.wakatime.cfg"));
    }
}
