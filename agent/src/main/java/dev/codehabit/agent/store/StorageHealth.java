package dev.codehabit.agent.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether the database can take writes. Two problems: the last write failed for want of disk space (clears itself
 * with the first write that succeeds), or the start's integrity check found the file damaged (stays: writes are
 * refused so as not to build on broken pages). The desktop shows it; the API answers 507 or 503 meanwhile.
 */
public final class StorageHealth {
    /** What is wrong, and SQLite's words for it. */
    public record Problem(Kind kind, String detail) {
        public enum Kind { DISK_FULL, DAMAGED }
    }

    private final List<Consumer<Optional<Problem>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Problem diskFull;
    private volatile Problem damaged;

    /** The problem to show (damage outranks a full disk), or empty when writes work. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(damaged != null ? damaged : diskFull);
    }

    /** The reason writes fail for want of space, or empty when the last write succeeded. */
    public Optional<String> diskFullReason() {
        return Optional.ofNullable(diskFull).map(Problem::detail);
    }

    public Optional<String> damagedReason() {
        return Optional.ofNullable(damaged).map(Problem::detail);
    }

    /** Told the problem to show (or empty once all is well) whenever it changes. */
    public void onChange(Consumer<Optional<Problem>> listener) {
        listeners.add(listener);
    }

    void diskFull(String reason) {
        boolean changed = diskFull == null;
        diskFull = new Problem(Problem.Kind.DISK_FULL, reason == null ? "disk full" : reason);
        if (changed) {
            publish();
        }
    }

    void writeSucceeded() {
        if (diskFull != null) {
            diskFull = null;
            publish();
        }
    }

    /** The integrity check found the file damaged: from now on writes are refused. */
    public void damaged(String detail) {
        damaged = new Problem(Problem.Kind.DAMAGED, detail);
        publish();
    }

    private void publish() {
        Optional<Problem> now = problem();
        listeners.forEach(l -> l.accept(now));
    }
}
