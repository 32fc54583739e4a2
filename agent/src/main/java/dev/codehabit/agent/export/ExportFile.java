package dev.codehabit.agent.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an export the safe way: into a temp file beside the target (created 0600 - an export is the user's whole
 * history), moved into place only once complete. A failure half-way (a full disk, a broken database) leaves no
 * partial file and keeps an older export of the same name intact.
 */
public final class ExportFile {
    private ExportFile() {}

    @FunctionalInterface
    public interface WriterWork {
        void write(Writer out) throws IOException;
    }

    public static void write(Path target, WriterWork work) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".partial"); // 0600 on POSIX
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                work.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
