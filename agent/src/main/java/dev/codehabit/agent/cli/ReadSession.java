package dev.codehabit.agent.cli;

import dev.codehabit.agent.Services;
import dev.codehabit.agent.instance.InstanceLock;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Services for a read-only command. With no agent running it takes the data dir's lock for its short life
 * (so stale rollups may be rebuilt, and no agent starts half-way); next to a running agent it only reads.
 */
final class ReadSession implements AutoCloseable {
    private final Optional<InstanceLock> lock;
    private final Services services;

    ReadSession(Path dataDir, Clock clock) {
        this.lock = InstanceLock.tryAcquire(dataDir);
        try {
            this.services = new Services(dataDir, clock, lock.isPresent());
        } catch (RuntimeException e) {
            lock.ifPresent(InstanceLock::close);
            throw e;
        }
    }

    Services services() {
        return services;
    }

    @Override
    public void close() {
        try {
            services.close();
        } finally {
            lock.ifPresent(InstanceLock::close);
        }
    }
}
