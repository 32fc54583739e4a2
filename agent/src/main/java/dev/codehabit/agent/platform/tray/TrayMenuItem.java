package dev.codehabit.agent.platform.tray;

import java.util.List;

/** One entry of the tray menu, independent of how a platform draws it. */
public sealed interface TrayMenuItem {
    /** A line of text that does nothing when chosen (today's time, the score). */
    record Info(String label) implements TrayMenuItem {}

    record Action(String label, Runnable onSelect) implements TrayMenuItem {}

    record Submenu(String label, List<TrayMenuItem> items) implements TrayMenuItem {
        public Submenu {
            items = List.copyOf(items);
        }
    }

    record Separator() implements TrayMenuItem {}
}
