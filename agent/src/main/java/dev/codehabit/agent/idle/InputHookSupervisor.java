package dev.codehabit.agent.idle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Starts and stops the input hook so that nothing it does can take the agent down: every call runs on a daemon
 * thread with a deadline, every throwable (including a native library that fails to link) becomes a status.
 */
public final class InputHookSupervisor {
    private final InputHook hook;
    private final HookEnvironment environment;
    private final Duration deadline;
    private final List<Consumer<HookStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile HookStatus status = HookStatus.starting();

    public InputHookSupervisor(InputHook hook, HookEnvironment environment, Duration deadline) {
        this.hook = hook;
        this.environment = environment;
        this.deadline = deadline;
    }

    public HookStatus status() {
        return status;
    }

    /** @return what cancels the subscription (a window that closes must not stay reachable from here) */
    public Runnable onStatus(Consumer<HookStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Returns once the hook runs, failed, or missed its deadline; never throws. */
    public HookStatus start(InputCounter counter) {
        var reason = environment.whyUnavailable();
        if (reason.isPresent()) {
            return publish(HookStatus.unavailable(reason.get()));
        }
        try {
            runBounded("start", () -> hook.start(counter));
            return publish(HookStatus.running());
        } catch (TimeoutException e) {
            return publish(HookStatus.unavailable("The input hook did not start within " + deadline.toSeconds() + " s"));
        } catch (Throwable e) {
            return publish(HookStatus.unavailable("The input hook could not start (" + describe(e) + ")"));
        }
    }

    /** Stops the hook if it runs; a hook that hangs on the way out is left to die with the process. */
    public void stop(HookStatus after) {
        if (status.isRunning()) {
            try {
                runBounded("stop", hook::stop);
            } catch (Throwable ignored) {
                // Stopping is best effort: the hook thread is a daemon and goes away with the JVM.
            }
        }
        publish(after);
    }

    private void runBounded(String what, ThrowingRunnable action) throws Throwable {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().daemon().name("input-hook-" + what).unstarted(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        worker.start();
        try {
            done.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private HookStatus publish(HookStatus next) {
        status = next;
        listeners.forEach(l -> l.accept(next));
        return next;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
