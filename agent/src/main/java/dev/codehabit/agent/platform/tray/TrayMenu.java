package dev.codehabit.agent.platform.tray;

import java.util.List;

/** What the tray shows: its menu, its state (drives the icon) and a tooltip. */
public record TrayMenu(TrayState state, String tooltip, List<TrayMenuItem> items) {
    public TrayMenu {
        items = List.copyOf(items);
    }
}
