package dev.codehabit.agent.platform.tray;

/** A shown tray icon. Calls may come from any thread; implementations hop to the thread their toolkit needs. */
public interface TrayIcon extends AutoCloseable {
    void update(TrayMenu menu);

    @Override
    void close();
}
