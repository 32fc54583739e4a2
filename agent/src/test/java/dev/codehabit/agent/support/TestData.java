package dev.codehabit.agent.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Data dirs for tests. */
public final class TestData {
    private TestData() {}

    /** Pins the agent's zone so day boundaries in a test don't depend on the machine running it. */
    public static Path dataDirInZone(Path dir, String zone) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("settings.json"), "{\"time_zone\": \"" + zone + "\"}");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
