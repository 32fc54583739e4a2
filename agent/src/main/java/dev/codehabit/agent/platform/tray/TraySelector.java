package dev.codehabit.agent.platform.tray;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Picks the first tray provider that is available and actually shows its icon. */
public final class TraySelector {
    private static final System.Logger LOG = System.getLogger(TraySelector.class.getName());

    public record Shown(String provider, TrayIcon icon) {}

    private final List<TrayProvider> byPriority;

    public TraySelector(List<TrayProvider> byPriority) {
        this.byPriority = List.copyOf(byPriority);
    }

    /** Empty when no provider works: the caller keeps a window instead of vanishing. */
    public Optional<Shown> show(TrayMenu menu) {
        List<String> tried = new ArrayList<>();
        for (TrayProvider provider : byPriority) {
            if (!provider.isAvailable()) {
                tried.add(provider.name() + ": not available");
                continue;
            }
            try {
                return Optional.of(new Shown(provider.name(), provider.show(menu)));
            } catch (Exception | LinkageError e) {
                tried.add(provider.name() + ": " + e.getMessage());
                LOG.log(System.Logger.Level.WARNING, "Tray provider " + provider.name() + " failed", e);
            }
        }
        LOG.log(System.Logger.Level.INFO, "No system tray: " + String.join("; ", tried));
        return Optional.empty();
    }
}
