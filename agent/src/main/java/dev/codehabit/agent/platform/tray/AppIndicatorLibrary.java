package dev.codehabit.agent.platform.tray;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The few functions of libayatana-appindicator3 (or Ubuntu's older libappindicator3) and GTK 3 the tray needs,
 * bound through the FFM API. GTK itself is already in the process: JavaFX's GTK glass loaded and initialised it,
 * and its main loop runs on the JavaFX application thread, so every call here must be made on that thread.
 */
final class AppIndicatorLibrary {
    static final int CATEGORY_APPLICATION_STATUS = 0;
    static final int STATUS_ACTIVE = 1;

    private static final List<String> CANDIDATES = List.of("libayatana-appindicator3.so.1", "libappindicator3.so.1");

    final MethodHandle indicatorNew;
    final MethodHandle setStatus;
    final MethodHandle setMenu;
    final MethodHandle setIconThemePath;
    final MethodHandle setIconFull;
    final MethodHandle setTitle;
    final MethodHandle menuNew;
    final MethodHandle menuItemNewWithLabel;
    final MethodHandle separatorNew;
    final MethodHandle menuShellAppend;
    final MethodHandle setSensitive;
    final MethodHandle setSubmenu;
    final MethodHandle showAll;
    final MethodHandle destroy;
    final MethodHandle signalConnect;
    final MemorySegment activateCallback;

    private AppIndicatorLibrary(SymbolLookup lookup, MethodHandle activateTarget, Arena arena) {
        Linker linker = Linker.nativeLinker();
        indicatorNew = bind(linker, lookup, "app_indicator_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        setStatus = bind(linker, lookup, "app_indicator_set_status", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        setMenu = bind(linker, lookup, "app_indicator_set_menu", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        setIconThemePath = bind(linker, lookup, "app_indicator_set_icon_theme_path", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        setIconFull = bind(linker, lookup, "app_indicator_set_icon_full", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
        setTitle = bind(linker, lookup, "app_indicator_set_title", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        menuNew = bind(linker, lookup, "gtk_menu_new", FunctionDescriptor.of(ADDRESS));
        menuItemNewWithLabel = bind(linker, lookup, "gtk_menu_item_new_with_label", FunctionDescriptor.of(ADDRESS, ADDRESS));
        separatorNew = bind(linker, lookup, "gtk_separator_menu_item_new", FunctionDescriptor.of(ADDRESS));
        menuShellAppend = bind(linker, lookup, "gtk_menu_shell_append", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        setSensitive = bind(linker, lookup, "gtk_widget_set_sensitive", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        setSubmenu = bind(linker, lookup, "gtk_menu_item_set_submenu", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        showAll = bind(linker, lookup, "gtk_widget_show_all", FunctionDescriptor.ofVoid(ADDRESS));
        destroy = bind(linker, lookup, "gtk_widget_destroy", FunctionDescriptor.ofVoid(ADDRESS));
        signalConnect = bind(linker, lookup, "g_signal_connect_data",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        // void (*activate)(GtkMenuItem *item, gpointer user_data): user_data carries the item's index.
        activateCallback = linker.upcallStub(activateTarget, FunctionDescriptor.ofVoid(ADDRESS, ADDRESS), arena);
    }

    /** Loads the library, or empty when it is not installed. */
    static Optional<AppIndicatorLibrary> load(AppIndicatorIcon.Dispatcher dispatcher, Arena arena) {
        for (String name : CANDIDATES) {
            try {
                SymbolLookup lookup = SymbolLookup.libraryLookup(name, arena).or(Linker.nativeLinker().defaultLookup());
                MethodHandle target = MethodHandles.lookup()
                        .findVirtual(AppIndicatorIcon.Dispatcher.class, "activate",
                                MethodType.methodType(void.class, MemorySegment.class, MemorySegment.class))
                        .bindTo(dispatcher);
                return Optional.of(new AppIndicatorLibrary(lookup, target, arena));
            } catch (IllegalArgumentException | NoSuchMethodException | IllegalAccessException e) {
                // not installed under this name: try the next
            }
        }
        return Optional.empty();
    }

    static boolean installed() {
        for (String name : CANDIDATES) {
            try (Arena probe = Arena.ofConfined()) {
                SymbolLookup.libraryLookup(name, probe);
                return true;
            } catch (IllegalArgumentException e) {
                // try the next name
            }
        }
        return false;
    }

    private static MethodHandle bind(Linker linker, SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = lookup.find(name)
                .orElseThrow(() -> new IllegalArgumentException("Symbol " + name + " not found"));
        return linker.downcallHandle(symbol, descriptor);
    }
}
