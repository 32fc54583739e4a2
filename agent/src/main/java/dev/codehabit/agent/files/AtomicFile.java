package dev.codehabit.agent.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file the safe way, the one place that does: into a temp file beside the target, moved into place only
 * once complete. A reader never sees half a file (a second agent loading a library, a client reading
 * {@code agent.json}), and a failure half-way (a full disk, a broken database) leaves no partial file and keeps the
 * older file of the same name intact. The temp file is created owner-only on POSIX (Files.createTempFile), so a
 * file holding a token or the user's history is never readable by others, not even for a moment.
 */
public final class AtomicFile {
    private AtomicFile() {}

    @FunctionalInterface
    public interface StreamWork {
        void write(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface WriterWork {
        void write(Writer out) throws IOException;
    }

    public static void write(Path target, StreamWork work) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                work.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Text in UTF-8. */
    public static void writeText(Path target, WriterWork work) throws IOException {
        write(target, out -> {
            try (Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                work.write(text); // may close it itself (Jackson does): closing twice is harmless
            }
        });
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
