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
