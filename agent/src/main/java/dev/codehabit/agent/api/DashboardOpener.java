package dev.codehabit.agent.api;

/** Opens or raises the desktop dashboard; a headless agent has none. */
@FunctionalInterface
public interface DashboardOpener {
    DashboardOpener HEADLESS = () -> false;

    /** @return false when there is no window to show (headless) */
    boolean open();
}
