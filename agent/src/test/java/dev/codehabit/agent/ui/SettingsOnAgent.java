package dev.codehabit.agent.ui;

import dev.codehabit.agent.desktop.DesktopWiring;
import dev.codehabit.agent.support.TestAgent;
import dev.codehabit.agent.ui.settings.SettingsWindow;
import dev.codehabit.agent.ui.theme.ThemeController;

import java.util.concurrent.Executors;

/** The settings window wired to a real running agent, as the desktop mode wires it (call on the FX thread). */
final class SettingsOnAgent {
    private SettingsOnAgent() {}

    static SettingsWindow open(TestAgent agent) {
        DesktopWiring wiring = new DesktopWiring(agent.core(), () -> { });
        ThemeController theme = new ThemeController(choice -> { });
        theme.use("light");
        SettingsWindow window = new SettingsWindow(wiring.services(), theme, Executors.newSingleThreadExecutor(),
                ThemeController.STYLESHEET, () -> { });
        window.showOrRaise();
        return window;
    }
}
