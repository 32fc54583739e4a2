package dev.codehabit.sync.leaderboard;

import dev.codehabit.sync.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The boards' background work on each instance: builds each new date's ranking sets (once across instances),
 * and re-ranks members whose row another process changed — the admin CLI hides users through the database.
 */
public final class BoardMaintenance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoardMaintenance.class);
    /** Rows changed this long before the last poll are looked at again: clocks of two processes differ a little. */
    private static final long OVERLAP_MS = 5_000;
    private final Database database;
    private final MemberStore members;
    private final BoardIndex index;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("boards").factory());
    private volatile long since;

    public BoardMaintenance(Database database, MemberStore members, BoardIndex index, Clock clock) {
        this.database = database;
        this.members = members;
        this.index = index;
        this.clock = clock;
        this.since = clock.millis();
    }

    /** Builds the current dates now (the first start fills the sets), then keeps going in the background. */
    public void start() {
        index.maintain();
        timer.scheduleWithFixedDelay(() -> run(index::maintain), 30, 30, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(() -> run(this::poll), 2, 2, TimeUnit.SECONDS);
    }

    void poll() {
        long now = clock.millis();
        List<Long> changed = database.read(c -> members.changedSince(c, since - OVERLAP_MS));
        since = now;
        index.refresh(changed);
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("Board maintenance failed; retrying on the next round", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
