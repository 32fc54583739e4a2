package dev.codehabit.agent.idle;

import dev.codehabit.agent.files.AtomicFile;
import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.NativeLibraryLocator;
import com.github.kwhat.jnativehook.NativeSystem;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Extracts jnativehook's native library into a folder of the data dir. The library's default locator writes it
 * next to its jar, which fails in read-only install locations (/opt, Program Files). jnativehook instantiates
 * locators by class name, so the folder comes in through a system property set just before the hook loads.
 */
public final class HookLibraryLocator implements NativeLibraryLocator {
    /** System property naming the folder to extract into. */
    public static final String DIR_PROPERTY = "codehabit.hook.lib.dir";

    @Override
    public Iterator<File> getLibraries() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null) {
            throw new IllegalStateException(DIR_PROPERTY + " is not set");
        }
        return List.of(extract(Path.of(dir)).toFile()).iterator();
    }

    static Path extract(Path dir) {
        String family = NativeSystem.getFamily().toString().toLowerCase(Locale.ROOT);
        String arch = NativeSystem.getArchitecture().toString().toLowerCase(Locale.ROOT);
        String name = System.mapLibraryName("JNativeHook").replaceAll("\\.jnilib$", ".dylib");
        String resource = "lib/" + family + "/" + arch + "/" + name;
        try (InputStream in = GlobalScreen.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No input hook library for " + family + "/" + arch);
            }
            Files.createDirectories(dir);
            Path target = dir.resolve(family + "-" + arch + "-" + name);
            // Written whole then moved, so a second agent starting at the same moment never loads half a file.
            AtomicFile.write(target, in::transferTo);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract the input hook library into " + dir, e);
        }
    }
}
