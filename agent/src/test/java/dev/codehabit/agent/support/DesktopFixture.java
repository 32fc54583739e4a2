package dev.codehabit.agent.support;

import dev.codehabit.agent.Services;
import dev.codehabit.agent.bridges.BridgeBundle;
import dev.codehabit.agent.bridges.BridgeSetup;
import dev.codehabit.agent.categories.BuiltInCategories;
import dev.codehabit.agent.categories.CategoryService;
import dev.codehabit.agent.dashboard.DashboardQueries;
import dev.codehabit.agent.demo.DemoData;
import dev.codehabit.agent.desktop.DataExport;
import dev.codehabit.agent.desktop.DesktopServices;
import dev.codehabit.agent.desktop.IdleClipper;
import dev.codehabit.agent.desktop.TrackingControl;
import dev.codehabit.agent.goals.DailyGoal;
import dev.codehabit.agent.idle.HookEnvironment;
import dev.codehabit.agent.idle.InputCounter;
import dev.codehabit.agent.idle.InputHook;
import dev.codehabit.agent.idle.InputHookSupervisor;
import dev.codehabit.agent.idle.InputMinuteTable;
import dev.codehabit.agent.platform.autostart.XdgAutostart;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real services over a temp data dir, filled with demo history through the real ingest path, and the desktop
 * services on top, as {@code DesktopWiring} builds them (the input hook replaced: UI tests do not need one).
 */
public final class DesktopFixture implements AutoCloseable {
    private final Services services;
    private final DesktopServices desktop;
    private final Path home;

    public DesktopFixture(Path dir, int demoDays) {
        Clock clock = Clock.systemUTC();
        try {
            java.nio.file.Files.createDirectories(dir.resolve("data"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.services = new Services(dir.resolve("data"), clock);
        this.home = dir.resolve("home");
        if (demoDays > 0) {
            DemoData demo = new DemoData(services.ingest(), new InputMinuteTable(services.database()), clock);
            demo.fill(demoDays, services.settings().get().zone());
            demo.fillFocusSessions(services.database(), demoDays, services.settings().get().zone());
        }
        var clipper = new IdleClipper(services.ingest(), services.database(), clock,
                () -> services.settings().get().audibleKeepsActive());
        var hook = new InputHookSupervisor(new InputHook() {
            public void start(InputCounter counter) { }
            public void stop() { }
        }, new HookEnvironment("Linux", Map.of("DISPLAY", ":0")), Duration.ofSeconds(1));
        this.desktop = new DesktopServices(services.dataDir(), services.settings(),
                new DashboardQueries(services.database(), services.stats(), services.settings()::get,
                        new CategoryService(services.database(), BuiltInCategories.load())),
                new TrackingControl(clock, services.settings().get().zone(), clipper), hook,
                new XdgAutostart(home.resolve(".config/autostart"), List.of("/opt/codehabit/bin/codehabit")),
                new DataExport(services), listener -> services.ingest().onIngested(days -> listener.run()),
                services.database().health(), Optional.empty(), Optional.empty(), Optional.empty(),
                new DailyGoal(services.stats(), () -> services.settings().get().dailyGoalMinutes() * 60.0, services::today,
                        services.dataDir().resolve(DailyGoal.FILE)),
                new BridgeSetup(BridgeBundle.locate(Optional.of(dir.resolve("bridges").toString()), dir),
                        services.database(), services.heartbeats(), services.json(), clock, ""),
                () -> { });
    }

    public Services services() {
        return services;
    }

    public DesktopServices desktop() {
        return desktop;
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        services.close();
    }
}
