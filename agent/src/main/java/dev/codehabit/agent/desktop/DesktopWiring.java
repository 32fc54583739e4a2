package dev.codehabit.agent.desktop;

import dev.codehabit.agent.AgentCore;
import dev.codehabit.agent.Services;
import dev.codehabit.agent.bridges.BridgeBundle;
import dev.codehabit.agent.bridges.BridgeSetup;
import dev.codehabit.agent.config.Settings;
import dev.codehabit.agent.dashboard.DashboardQueries;
import dev.codehabit.agent.idle.HookEnvironment;
import dev.codehabit.agent.idle.HookStatus;
import dev.codehabit.agent.idle.IdleDetector;
import dev.codehabit.agent.idle.IdleMonitor;
import dev.codehabit.agent.idle.InputCounter;
import dev.codehabit.agent.idle.InputHookSupervisor;
import dev.codehabit.agent.idle.InputMinuteTable;
import dev.codehabit.agent.idle.NativeInputHook;
import dev.codehabit.agent.platform.autostart.Autostarts;

import java.time.Duration;
import java.util.Optional;

/**
 * Builds the desktop's background parts on a started core, before JavaFX starts: dashboard queries, pause and
 * focus control, and idle detection (hook, monitor, clipping, break reminders). Owns their lifecycle.
 */
public final class DesktopWiring implements AutoCloseable {
    private static final Duration TICK = Duration.ofSeconds(2);
    private static final Duration HOOK_DEADLINE = Duration.ofSeconds(5);
    private static final Duration BREAK_AFTER = Duration.ofMinutes(50);

    private final Services core;
    private final DesktopServices services;
    private final InputCounter counter;
    private final IdleMonitor monitor;
    private final InputHookSupervisor hook;
    private final IdleClipper clipper;
    private final BreakReminder breaks;
    private volatile Runnable onBreakDue = () -> { };

    public DesktopWiring(AgentCore agent, Runnable quit) {
        this.core = agent.services();
        var clock = core.clock();
        Settings settings = core.settings().get();
        this.counter = new InputCounter(clock);
        this.clipper = new IdleClipper(core.ingest(), core.database(), clock,
                () -> core.settings().get().audibleKeepsActive());
        this.monitor = new IdleMonitor(counter, new IdleDetector(Duration.ofSeconds(settings.idleThresholdSeconds())),
                new InputMinuteTable(core.database()), clock);
        this.hook = new InputHookSupervisor(new NativeInputHook(core.dataDir().resolve("native")),
                HookEnvironment.current(), HOOK_DEADLINE);
        this.breaks = new BreakReminder(clock, BREAK_AFTER, () -> onBreakDue.run());
        monitor.addListener(breaks);
        TrackingControl tracking = new TrackingControl(clock, settings.zone(), clipper);
        core.ingest().addGate(new TrackingGate(tracking));
        this.services = new DesktopServices(core.dataDir(), core.settings(),
                new DashboardQueries(core.database(), core.stats(), core.settings()::get, agent.categories()),
                tracking, hook,
                Autostarts.forCurrentOs(System.getProperty("os.name", ""), System.getenv(),
                        java.nio.file.Path.of(System.getProperty("user.home")), Autostarts.currentCommand()),
                new DataExport(core), listener -> core.ingest().onIngested(days -> listener.run()),
                core.database().health(),
                Optional.of(new PairingAdapter(agent.pairing(), agent.clients(), clock)),
                Optional.of(new CategoriesAdapter(agent.categories())),
                Optional.of(agent.focus()), agent.goal(),
                new BridgeSetup(BridgeBundle.current(), core.database(), core.heartbeats(), core.json(), clock,
                        System.getenv("PATH")),
                quit);
        core.settings().onChange(this::settingsChanged);
    }

    public DesktopServices services() {
        return services;
    }

    /** Starts idle detection without delaying the tray: the hook may take seconds (or never) to come up. */
    public void start() {
        monitor.start(TICK);
        if (core.settings().get().inputHook()) {
            startHookAsync();
        } else {
            stopHook();
        }
    }

    public void onBreakDue(Runnable action) {
        this.onBreakDue = action;
    }

    /** Periodic work the UI's clock drives: break reminders. */
    public void tick() {
        if (hook.status().isRunning()) {
            breaks.check();
        }
    }

    private void startHookAsync() {
        Thread.ofPlatform().daemon().name("input-hook-supervisor").start(() -> {
            if (hook.start(counter).isRunning()) {
                monitor.addListener(clipper); // without real input there is nothing to judge "away" by
            }
        });
    }

    private void settingsChanged(Settings s) {
        monitor.setThreshold(Duration.ofSeconds(s.idleThresholdSeconds()));
        boolean running = hook.status().isRunning();
        if (s.inputHook() && !running) {
            startHookAsync();
        } else if (!s.inputHook() && running) {
            stopHook();
        }
    }

    private void stopHook() {
        monitor.removeListener(clipper);
        clipper.back(core.clock().instant()); // no judge of "away" any more: stop closing spans
        hook.stop(HookStatus.disabled());
    }

    @Override
    public void close() {
        monitor.close();
        stopHook();
    }
}
