package dev.codehabit.agent.e2e;

import dev.codehabit.agent.Services;
import dev.codehabit.agent.desktop.IdleClipper;
import dev.codehabit.agent.idle.AwayListener;
import dev.codehabit.agent.idle.HookEnvironment;
import dev.codehabit.agent.idle.IdleDetector;
import dev.codehabit.agent.idle.IdleMonitor;
import dev.codehabit.agent.idle.InputCounter;
import dev.codehabit.agent.idle.InputCounts;
import dev.codehabit.agent.idle.InputHookSupervisor;
import dev.codehabit.agent.idle.NativeInputHook;
import dev.codehabit.agent.support.Beats;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The idle pipeline as the desktop agent wires it (real hook, monitor, clipper, store), in its own process so it
 * sees the test's X display. An editor bridge is simulated by a coding heartbeat every second, so any time not
 * clipped would show. Commands on stdin: "report" prints the figures and exits.
 */
public final class IdleProbe {
    private IdleProbe() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Duration threshold = Duration.ofSeconds(Long.parseLong(args[1]));
        Files.createDirectories(dataDir);
        Clock clock = Clock.systemUTC();
        try (Services s = new Services(dataDir, clock)) {
            InputCounter counter = new InputCounter(clock);
            AtomicReference<InputCounts> total = new AtomicReference<>(InputCounts.NONE);
            IdleMonitor monitor = new IdleMonitor(counter, new IdleDetector(threshold),
                    (minute, counts) -> total.accumulateAndGet(counts, InputCounts::plus), clock);
            IdleClipper clipper = new IdleClipper(s.ingest(), s.database(), clock,
                    () -> s.settings().get().audibleKeepsActive());
            monitor.addListener(clipper);
            monitor.addListener(new AwayListener() {
                @Override
                public void away(Instant lastInput) {
                    System.out.println("away " + lastInput.toEpochMilli());
                }

                @Override
                public void back(Instant at) {
                    System.out.println("back " + at.toEpochMilli());
                }
            });
            var hook = new InputHookSupervisor(new NativeInputHook(dataDir.resolve("native")), HookEnvironment.current(),
                    Duration.ofSeconds(10));
            System.out.println("hook " + hook.start(counter).state());
            AtomicLong first = new AtomicLong();
            Thread editor = Thread.ofPlatform().daemon().start(() -> {
                while (true) {
                    double now = clock.millis() / 1000.0;
                    first.compareAndSet(0, clock.millis());
                    s.ingest().record(List.of(Beats.coding(now)));
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            monitor.start(Duration.ofMillis(200));
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in)).readLine();
            editor.interrupt();
            monitor.close();
            monitor.tick();
            InputCounts counts = counter.drain().plus(total.get());
            var day = s.today();
            double coding = s.stats().stats(day.minusDays(1), day).total().codingSeconds();
            System.out.println("first " + first.get());
            System.out.println("coding " + coding);
            System.out.println("keys " + counts.keyPresses() + " moves " + counts.mouseMoves() + " clicks " + counts.mouseClicks());
            System.out.flush();
            Runtime.getRuntime().halt(0); // see docs/desktop.md: skip Xlib's exit-time noise
        }
    }
}
