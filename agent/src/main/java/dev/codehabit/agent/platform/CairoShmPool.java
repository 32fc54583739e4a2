package dev.codehabit.agent.platform;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Lets cairo hand back the X shared-memory pool a closed window's frames went through.
 *
 * <p>On X11, JavaFX's GTK glass paints every software-rendered frame through cairo, which uploads it from a
 * 32 MB shared-memory pool (for a window the dashboard's size) that it keeps attached to the X server. Cairo
 * destroys a pool once every block in it is free, but it frees the last frame only lazily, when the next
 * upload asks for memory; with no window left there is no next upload, and the pool's touched pages (7.5 MB)
 * stay resident for as long as the agent runs. Creating and destroying one small shared-memory image runs
 * exactly that bookkeeping: cairo frees the blocks the server has finished with and then the pool if nothing
 * else lives in it. Cairo decides what is free, so a pool still in use (another window, a tray icon drawn by
 * GTK) is left alone; where cairo, GDK or X11 shared memory are absent the probe is a plain image.
 */
public final class CairoShmPool {
    private static final int CAIRO_FORMAT_ARGB32 = 0;
    /** 64 × 64 × 4 bytes: above cairo's 4 KB minimum for a shared-memory image. */
    private static final int PROBE_SIZE = 64;

    private final MethodHandle displayGetDefault;
    private final MethodHandle displaySync;
    private final MethodHandle defaultRootWindow;
    private final MethodHandle createSimilarImageSurface;
    private final MethodHandle surfaceDestroy;

    private CairoShmPool(SymbolLookup gdk, SymbolLookup cairo) {
        Linker linker = Linker.nativeLinker();
        displayGetDefault = bind(linker, gdk, "gdk_display_get_default", FunctionDescriptor.of(ADDRESS));
        displaySync = bind(linker, gdk, "gdk_display_sync", FunctionDescriptor.ofVoid(ADDRESS));
        defaultRootWindow = bind(linker, gdk, "gdk_get_default_root_window", FunctionDescriptor.of(ADDRESS));
        createSimilarImageSurface = bind(linker, gdk, "gdk_window_create_similar_image_surface",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
        surfaceDestroy = bind(linker, cairo, "cairo_surface_destroy", FunctionDescriptor.ofVoid(ADDRESS));
    }

    /** GTK 3's GDK and cairo as already loaded by JavaFX's GTK glass; empty on other platforms. */
    public static Optional<CairoShmPool> load() {
        try {
            Arena global = Arena.global(); // the libraries stay loaded for the process's life anyway
            return Optional.of(new CairoShmPool(SymbolLookup.libraryLookup("libgdk-3.so.0", global),
                    SymbolLookup.libraryLookup("libcairo.so.2", global)));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Call on the GTK thread (JavaFX's application thread) once no window shows. */
    public void releaseIdlePool() {
        try {
            MemorySegment display = (MemorySegment) displayGetDefault.invokeExact();
            if (display.equals(MemorySegment.NULL)) {
                return;
            }
            // A round trip, so cairo sees that the server has processed the last frame's upload: creating the probe
            // then frees that frame's block, and the probe takes its memory from the same pool.
            displaySync.invokeExact(display);
            MemorySegment root = (MemorySegment) defaultRootWindow.invokeExact();
            MemorySegment probe = (MemorySegment) createSimilarImageSurface.invokeExact(root, CAIRO_FORMAT_ARGB32,
                    PROBE_SIZE, PROBE_SIZE, 1);
            // Another, so that a pool created for the probe alone (none was left) has been attached by the server
            // when the probe goes: cairo destroys only pools the server has attached.
            displaySync.invokeExact(display);
            surfaceDestroy.invokeExact(probe);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot release cairo's shared memory", e);
        }
    }

    private static MethodHandle bind(Linker linker, SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        return linker.downcallHandle(lookup.find(name).orElseThrow(
                () -> new IllegalArgumentException(name + " not found")), descriptor);
    }
}
