package dev.codehabit.agent.platform.tray;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The AWT rendering of the tray menu model. All AWT calls happen on the event dispatch thread. */
final class AwtTrayIcon implements TrayIcon {
    private final SystemTray tray;
    private final java.awt.TrayIcon icon;
    private final Map<TrayState, java.awt.Image> images = new EnumMap<>(TrayState.class);
    private TrayState shownState;

    private AwtTrayIcon(SystemTray tray, TrayMenu menu) {
        this.tray = tray;
        int size = Math.max(16, tray.getTrayIconSize().height);
        for (TrayState state : TrayState.values()) {
            images.put(state, TrayIconImages.render(state, size));
        }
        this.icon = new java.awt.TrayIcon(images.get(menu.state()), menu.tooltip(), new PopupMenu());
        icon.setImageAutoSize(true);
        apply(menu);
    }

    static AwtTrayIcon add(SystemTray tray, TrayMenu menu) throws AWTException {
        AwtTrayIcon created = new AwtTrayIcon(tray, menu);
        tray.add(created.icon);
        return created;
    }

    @Override
    public void update(TrayMenu menu) {
        EventQueue.invokeLater(() -> apply(menu));
    }

    @Override
    public void close() {
        EventQueue.invokeLater(() -> tray.remove(icon));
    }

    private void apply(TrayMenu menu) {
        if (menu.state() != shownState) {
            icon.setImage(images.get(menu.state()));
            shownState = menu.state();
        }
        icon.setToolTip(menu.tooltip());
        PopupMenu popup = icon.getPopupMenu();
        popup.removeAll();
        fill(popup, menu.items());
    }

    private static void fill(Menu target, List<TrayMenuItem> items) {
        for (TrayMenuItem item : items) {
            switch (item) {
                case TrayMenuItem.Info info -> {
                    MenuItem line = new MenuItem(info.label());
                    line.setEnabled(false);
                    target.add(line);
                }
                case TrayMenuItem.Action action -> {
                    MenuItem entry = new MenuItem(action.label());
                    entry.addActionListener(e -> action.onSelect().run());
                    target.add(entry);
                }
                case TrayMenuItem.Submenu sub -> {
                    Menu submenu = new Menu(sub.label());
                    fill(submenu, sub.items());
                    target.add(submenu);
                }
                case TrayMenuItem.Separator ignored -> target.addSeparator();
            }
        }
    }
}
