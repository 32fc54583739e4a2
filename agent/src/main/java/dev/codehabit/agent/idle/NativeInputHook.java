package dev.codehabit.agent.idle;

import com.github.kwhat.jnativehook.GlobalScreen;
import com.github.kwhat.jnativehook.keyboard.NativeKeyEvent;
import com.github.kwhat.jnativehook.keyboard.NativeKeyListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseInputListener;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelEvent;
import com.github.kwhat.jnativehook.mouse.NativeMouseWheelListener;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The real global input hook (jnativehook). Listeners only count: the key code and pointer position in each event
 * are never read, let alone stored.
 */
public final class NativeInputHook implements InputHook {
    private final Path libraryDir;
    private Listener listener;

    public NativeInputHook(Path libraryDir) {
        this.libraryDir = libraryDir;
    }

    /**
     * Extracts the native library into {@code dir} and, with {@code open}, opens it without hooking any input
     * (dlopen, not System.load, whose JNI_OnLoad starts the hook's machinery): empty when all is well, else why
     * not, naming the missing libraries when {@code ldd} can tell. Without a display only {@code ldd} looks:
     * the library's constructor opens the display and ends the process when there is none.
     * For {@code codehabit --self-test}.
     */
    public static java.util.Optional<String> libraryProblem(Path dir, boolean open) {
        Path library;
        try {
            library = HookLibraryLocator.extract(dir);
        } catch (RuntimeException e) {
            return java.util.Optional.of(String.valueOf(e.getMessage()));
        }
        if (!open) {
            String missing = missingLibraries(library);
            return missing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("cannot load" + missing);
        }
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            java.lang.foreign.SymbolLookup.libraryLookup(library, arena);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(e.getMessage() + missingLibraries(library));
        }
    }

    private static String missingLibraries(Path library) {
        try {
            Process ldd = new ProcessBuilder("ldd", library.toString()).redirectErrorStream(true).start();
            String missing = new String(ldd.getInputStream().readAllBytes()).lines()
                    .filter(l -> l.contains("not found")).map(l -> l.strip().replaceFirst("\\s.*", ""))
                    .collect(java.util.stream.Collectors.joining(", "));
            ldd.waitFor();
            return missing.isEmpty() ? "" : " (missing: " + missing + ")";
        } catch (java.io.IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void start(InputCounter counter) throws Exception {
        System.setProperty(HookLibraryLocator.DIR_PROPERTY, libraryDir.toString());
        System.setProperty("jnativehook.lib.locator", HookLibraryLocator.class.getName());
        // jnativehook logs every event at INFO through java.util.logging; keep only real problems.
        Logger hookLog = Logger.getLogger(GlobalScreen.class.getPackage().getName());
        hookLog.setLevel(Level.WARNING);
        hookLog.setUseParentHandlers(false);

        GlobalScreen.registerNativeHook();
        listener = new Listener(counter);
        GlobalScreen.addNativeKeyListener(listener);
        GlobalScreen.addNativeMouseListener(listener);
        GlobalScreen.addNativeMouseMotionListener(listener);
        GlobalScreen.addNativeMouseWheelListener(listener);
    }

    @Override
    public void stop() throws Exception {
        if (listener != null) {
            GlobalScreen.removeNativeKeyListener(listener);
            GlobalScreen.removeNativeMouseListener(listener);
            GlobalScreen.removeNativeMouseMotionListener(listener);
            GlobalScreen.removeNativeMouseWheelListener(listener);
            listener = null;
        }
        if (GlobalScreen.isNativeHookRegistered()) {
            GlobalScreen.unregisterNativeHook();
        }
    }

    private record Listener(InputCounter counter)
            implements NativeKeyListener, NativeMouseInputListener, NativeMouseWheelListener {
        @Override
        public void nativeKeyPressed(NativeKeyEvent e) {
            counter.keyPressed();
        }

        @Override
        public void nativeMousePressed(NativeMouseEvent e) {
            counter.mouseClicked();
        }

        @Override
        public void nativeMouseMoved(NativeMouseEvent e) {
            counter.mouseMoved();
        }

        @Override
        public void nativeMouseDragged(NativeMouseEvent e) {
            counter.mouseMoved();
        }

        @Override
        public void nativeMouseWheelMoved(NativeMouseWheelEvent e) {
            counter.wheelMoved();
        }
    }
}
