package dev.codehabit.agent.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/architecture.md's package table names every package of the agent: a new one fails here until it is described. */
class ArchitectureDocTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "codehabit", "agent");

    @Test
    void everyTopLevelPackageHasARowInThePackageTable() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
        List<String> packages;
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(packages).as("packages found").contains("store", "ui");
        assertThat(packages).allSatisfy(p -> assertThat(doc).as("a row for package " + p).contains("| `" + p + "` |"));
    }
}
