package dev.codehabit.agent.cli;

import dev.codehabit.agent.AgentCore;

/** The windowed mode (tray and dashboard), plugged in by the desktop app; absent in a headless build. */
public interface DesktopMode {
    DesktopMode NONE = new DesktopMode() {
        @Override
        public boolean supported() {
            return false;
        }

        @Override
        public void run(AgentCore core) {
            throw new UnsupportedOperationException("no desktop mode in this build");
        }
    };

    boolean supported();

    /** Called before the core starts when the window mode will run: lets the UI toolkit start meanwhile. */
    default void prepare() {
    }

    /** Runs the UI on the started core until the user quits. */
    void run(AgentCore core);
}
