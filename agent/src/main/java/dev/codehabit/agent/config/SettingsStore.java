package dev.codehabit.agent.config;

import dev.codehabit.agent.files.AtomicFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Loads and saves {@link Settings} as {@code settings.json} in the data dir.
 * Layers, later wins: built-in defaults, an optional preset file (what an installer ships), the user's file.
 * Saves are atomic (write a temp file, then move) so a crash never leaves half a file.
 */
public final class SettingsStore {
    private final Path file;
    private final Optional<Path> preset;
    private final ObjectMapper json;
    private final List<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();
    private volatile Settings current;

    public SettingsStore(Path file, Optional<Path> preset, ObjectMapper json) {
        this.file = file;
        this.preset = preset;
        this.json = json;
        this.current = load();
    }

    public Settings get() {
        return current;
    }

    /** Validates, persists and announces new settings; an invalid value throws and changes nothing. */
    public synchronized void update(Settings next) {
        write(next);
        Settings previous = current;
        current = next;
        if (!previous.equals(next)) {
            listeners.forEach(l -> l.accept(next));
        }
    }

    /**
     * Changes one thing in the current settings, read under the same lock as the write, so two changes made at
     * once (the settings window and the tray, say) cannot undo each other.
     */
    public synchronized void change(java.util.function.UnaryOperator<Settings> edit) {
        update(edit.apply(current));
    }

    public void onChange(Consumer<Settings> listener) {
        listeners.add(listener);
    }

    private Settings load() {
        ObjectNode merged = json.valueToTree(Settings.defaults());
        preset.filter(Files::isRegularFile).ifPresent(p -> merged.setAll(readObject(p)));
        if (Files.isRegularFile(file)) {
            merged.setAll(readObject(file));
        }
        try {
            return json.treeToValue(merged, Settings.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Invalid settings in " + file + ": " + rootMessage(e), e);
        }
    }

    private ObjectNode readObject(Path path) {
        try {
            JsonNode node = json.readTree(path.toFile());
            if (node == null || !node.isObject()) {
                throw new IllegalStateException(path + " must hold a JSON object");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read settings " + path + ": " + e.getMessage(), e);
        }
    }

    private void write(Settings settings) {
        try {
            AtomicFile.write(file, out -> json.writerWithDefaultPrettyPrinter().writeValue(out, settings));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save settings to " + file, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
