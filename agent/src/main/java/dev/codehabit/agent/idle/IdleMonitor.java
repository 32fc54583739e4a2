package dev.codehabit.agent.idle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the input counter: tells listeners when the user goes away or comes back and hands each finished
 * minute's counts to the sink. Ticks on its own daemon thread; a failing listener or sink is logged and skipped.
 */
public final class IdleMonitor implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(IdleMonitor.class.getName());

    private final InputCounter counter;
    private final IdleDetector detector;
    private final InputMinuteSink sink;
    private final Clock clock;
    private final Instant startedAt;
    private final List<AwayListener> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService ticker;
    private Instant minuteStart;

    public IdleMonitor(InputCounter counter, IdleDetector detector, InputMinuteSink sink, Clock clock) {
        this.counter = counter;
        this.detector = detector;
        this.sink = sink;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.minuteStart = startedAt.truncatedTo(ChronoUnit.MINUTES);
    }

    public void addListener(AwayListener listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    public void removeListener(AwayListener listener) {
        listeners.remove(listener);
    }

    public void setThreshold(java.time.Duration threshold) {
        detector.setThreshold(threshold);
    }

    public void start(Duration tick) {
        ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("idle-monitor").factory());
        ticker.scheduleWithFixedDelay(this::tickSafely, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One step: exposed so tests and the scheduler run the same code. */
    public synchronized void tick() {
        Instant now = clock.instant();
        Instant last = counter.lastInput();
        detector.update(last == null ? startedAt : last, now).ifPresent(change -> {
            for (AwayListener l : listeners) {
                try {
                    switch (change) {
                        case IdleDetector.WentAway away -> l.away(away.since());
                        case IdleDetector.CameBack back -> l.back(back.at());
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Away listener failed", e);
                }
            }
        });
        Instant currentMinute = now.truncatedTo(ChronoUnit.MINUTES);
        if (currentMinute.isAfter(minuteStart)) {
            InputCounts counts = counter.drain();
            if (counts.total() > 0) {
                sink.record(minuteStart, counts);
            }
            minuteStart = currentMinute;
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Idle monitor tick failed", e);
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
