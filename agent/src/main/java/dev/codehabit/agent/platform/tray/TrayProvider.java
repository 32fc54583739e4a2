package dev.codehabit.agent.platform.tray;

/** One way of putting an icon into the desktop's tray; the first available provider by priority wins. */
public interface TrayProvider {
    String name();

    /** Cheap check whether this provider can work in the current session. */
    boolean isAvailable();

    /** Shows the icon; throws if the platform refuses after all (the next provider is tried). */
    TrayIcon show(TrayMenu menu) throws Exception;
}
