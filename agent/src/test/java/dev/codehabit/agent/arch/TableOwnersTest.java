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
    /** Text blocks first (an SQL statement over several lines), then ordinary string literals. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final String FOCUS = "dev/codehabit/agent/focus/FocusStore.java";
    private static final String CATEGORIES = "dev/codehabit/agent/categories/CategoryStore.java";
    private static final Map<String, String> OWNERS = Map.of(
            "focus_session", FOCUS,
            "focus_schedule", FOCUS,
            "focus_block", FOCUS,
            "distraction_attempt", FOCUS,
            "category_rule", CATEGORIES,
            "category_level", CATEGORIES,
            "paired_client", "dev/codehabit/agent/pairing/ClientStore.java",
            "git_commit", "dev/codehabit/agent/commits/CommitDao.java",
            "input_minute", "dev/codehabit/agent/idle/InputMinuteTable.java");

    @Test
    void onlyItsOwnerWritesSqlOnATable() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(SOURCES)) {
            files = all.filter(p -> p.toString().endsWith(".java")).toList();
        }
        OWNERS.forEach((table, owner) -> {
            Pattern name = Pattern.compile("\\b" + table + "\\b");
            List<String> users = files.stream()
                    .filter(f -> LITERAL.matcher(read(f)).results().anyMatch(m -> name.matcher(m.group()).find()))
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
