package dev.codehabit.agent.instance;

import dev.codehabit.agent.files.AtomicFile;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code <data-dir>/agent.json}: written (0600) when the API is up, removed on a clean shutdown. */
public final class AgentFile {
    private final Path file;
    private final ObjectMapper json;

    public AgentFile(Path dataDir, ObjectMapper json) {
        this.file = dataDir.resolve("agent.json");
        this.json = json;
    }

    public Path path() {
        return file;
    }

    public void write(AgentInfo info) {
        try {
            AtomicFile.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(info) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The file's content, if there is a readable one (it may be stale after a crash: check the pid). */
    public Optional<AgentInfo> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            OwnerCheck.requirePrivateSecret(file);
            return Optional.of(json.readValue(file.toFile(), AgentInfo.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }
}
