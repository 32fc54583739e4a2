package dev.codehabit.agent.idle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HookLibraryLocatorTest {
    @Test
    void extractsTheNativeLibraryIntoTheGivenFolderNotNextToTheJar(@TempDir Path dataDir) throws Exception {
        Path lib = HookLibraryLocator.extract(dataDir.resolve("native"));
        assertThat(lib.getParent()).isEqualTo(dataDir.resolve("native"));
        assertThat(Files.size(lib)).isGreaterThan(10_000);
        // a second agent starting later overwrites it atomically rather than failing
        assertThat(HookLibraryLocator.extract(dataDir.resolve("native"))).isEqualTo(lib);
        try (var files = Files.list(dataDir.resolve("native"))) {
            assertThat(files.toList()).containsExactly(lib); // no temp files left behind
        }
    }
}
