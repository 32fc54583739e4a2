package dev.codehabit.agent.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether the database can take writes: the last write failed for want of disk space, or all is well. The
 * desktop shows it; the API answers 507 meanwhile. It clears itself with the first write that succeeds.
 */
public final class StorageHealth {
    private final List<Consumer<Optional<String>>> listeners = new CopyOnWriteArrayList<>();
    private volatile String diskFull;

    /** The reason writes fail (SQLite's message), or empty when the last write succeeded. */
    public Optional<String> diskFullReason() {
        return Optional.ofNullable(diskFull);
    }

    /** Told the new state (the reason, or empty once writes succeed again) whenever it changes. */
    public void onChange(Consumer<Optional<String>> listener) {
        listeners.add(listener);
    }

    void diskFull(String reason) {
        boolean changed = diskFull == null;
        diskFull = reason == null ? "disk full" : reason;
        if (changed) {
            listeners.forEach(l -> l.accept(diskFullReason()));
        }
    }

    void writeSucceeded() {
        if (diskFull != null) {
            diskFull = null;
            listeners.forEach(l -> l.accept(Optional.empty()));
        }
    }
}
