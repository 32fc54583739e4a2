package dev.codehabit.agent.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table has one owning class, and no string literal elsewhere names it (issue 11: the copies of a query had
 * drifted). Tables join this list as they get their single owner; the java.sql ArchUnit rule comes once all have.
 */
class TableOwnersTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Map<String, String> OWNERS = Map.of(
            "focus_session", "dev/codehabit/agent/focus/FocusStore.java");

    @Test
    void onlyItsOwnerWritesSqlOnATable() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(SOURCES)) {
            files = all.filter(p -> p.toString().endsWith(".java")).toList();
        }
        OWNERS.forEach((table, owner) -> {
            Pattern inLiteral = Pattern.compile("\"[^\"\\n]*\\b" + table + "\\b[^\"\\n]*\"");
            List<String> users = files.stream().filter(f -> inLiteral.matcher(read(f)).find())
                    .map(f -> SOURCES.relativize(f).toString().replace('\\', '/')).toList();
            assertThat(users).as("classes with SQL on " + table).containsExactly(owner);
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
