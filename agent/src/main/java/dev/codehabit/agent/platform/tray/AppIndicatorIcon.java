package dev.codehabit.agent.platform.tray;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The tray menu as a StatusNotifierItem (AppIndicator). A menu change builds a fresh GtkMenu and hands it to the
 * indicator, which exports it over D-Bus; menu clicks come back through one upcall carrying the item's index.
 */
final class AppIndicatorIcon implements TrayIcon {
    private final Executor gtkThread;
    private final Arena arena = Arena.ofShared();
    private final Dispatcher dispatcher = new Dispatcher();
    private final Path iconDir;
    private AppIndicatorLibrary lib;
    private MemorySegment indicator;
    private MemorySegment currentMenu = MemorySegment.NULL;

    /** Routes a GTK "activate" to the current menu's actions; called on the GTK thread. */
    static final class Dispatcher {
        private volatile List<Runnable> actions = List.of();

        public void activate(MemorySegment item, MemorySegment userData) {
            int index = (int) userData.address();
            List<Runnable> current = actions;
            if (index >= 0 && index < current.size()) {
                current.get(index).run();
            }
        }
    }

    AppIndicatorIcon(Executor gtkThread, Path iconDir) {
        this.gtkThread = gtkThread;
        this.iconDir = iconDir;
    }

    /** Must run on the GTK thread. */
    void create(TrayMenu menu) throws Throwable {
        lib = AppIndicatorLibrary.load(dispatcher, arena)
                .orElseThrow(() -> new IllegalStateException("libayatana-appindicator3 is not installed"));
        indicator = (MemorySegment) lib.indicatorNew.invokeExact(arena.allocateFrom("dev.codehabit.agent"),
                arena.allocateFrom(iconName(menu.state())), AppIndicatorLibrary.CATEGORY_APPLICATION_STATUS);
        if (indicator.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("app_indicator_new returned NULL");
        }
        lib.setIconThemePath.invokeExact(indicator, arena.allocateFrom(iconDir.toString()));
        lib.setTitle.invokeExact(indicator, arena.allocateFrom("CodeHabit"));
        lib.setStatus.invokeExact(indicator, AppIndicatorLibrary.STATUS_ACTIVE);
        apply(menu);
    }

    @Override
    public void update(TrayMenu menu) {
        gtkThread.execute(() -> {
            try {
                apply(menu);
            } catch (Throwable e) {
                System.getLogger(AppIndicatorIcon.class.getName()).log(System.Logger.Level.WARNING, "Tray update failed", e);
            }
        });
    }

    @Override
    public void close() {
        gtkThread.execute(() -> {
            try {
                lib.setStatus.invokeExact(indicator, 0); // passive: hidden
            } catch (Throwable ignored) {
                // closing on exit: nothing left to do
            }
        });
    }

    private void apply(TrayMenu menu) throws Throwable {
        try (Arena strings = Arena.ofConfined()) {
            lib.setIconFull.invokeExact(indicator, strings.allocateFrom(iconName(menu.state())),
                    strings.allocateFrom(menu.tooltip()));
            List<Runnable> actions = new ArrayList<>();
            MemorySegment gtkMenu = build(menu.items(), actions, strings);
            lib.showAll.invokeExact(gtkMenu);
            dispatcher.actions = List.copyOf(actions);
            lib.setMenu.invokeExact(indicator, gtkMenu);
            if (!currentMenu.equals(MemorySegment.NULL)) {
                lib.destroy.invokeExact(currentMenu);
            }
            currentMenu = gtkMenu;
        }
    }

    private MemorySegment build(List<TrayMenuItem> items, List<Runnable> actions, Arena strings) throws Throwable {
        MemorySegment gtkMenu = (MemorySegment) lib.menuNew.invokeExact();
        for (TrayMenuItem item : items) {
            MemorySegment widget = switch (item) {
                case TrayMenuItem.Separator ignored -> (MemorySegment) lib.separatorNew.invokeExact();
                case TrayMenuItem.Info info -> {
                    MemorySegment w = label(info.label(), strings);
                    lib.setSensitive.invokeExact(w, 0);
                    yield w;
                }
                case TrayMenuItem.Action action -> {
                    MemorySegment w = label(action.label(), strings);
                    MemorySegment index = MemorySegment.ofAddress(actions.size());
                    actions.add(action.onSelect());
                    long ignored = (long) lib.signalConnect.invokeExact(w, strings.allocateFrom("activate"),
                            lib.activateCallback, index, MemorySegment.NULL, 0);
                    yield w;
                }
                case TrayMenuItem.Submenu sub -> {
                    MemorySegment w = label(sub.label(), strings);
                    lib.setSubmenu.invokeExact(w, build(sub.items(), actions, strings));
                    yield w;
                }
            };
            lib.menuShellAppend.invokeExact(gtkMenu, widget);
        }
        return gtkMenu;
    }

    private MemorySegment label(String text, Arena strings) throws Throwable {
        return (MemorySegment) lib.menuItemNewWithLabel.invokeExact(strings.allocateFrom(text));
    }

    static String iconName(TrayState state) {
        return "codehabit-" + state.name().toLowerCase(Locale.ROOT);
    }
}
