package dev.codehabit.agent.cli;

import dev.codehabit.agent.Json;
import dev.codehabit.agent.AgentCore;
import dev.codehabit.agent.bridges.BridgeBundle;
import dev.codehabit.agent.config.DataDirs;
import dev.codehabit.agent.idle.HookEnvironment;
import dev.codehabit.agent.selftest.SelfTest;
import dev.codehabit.agent.selftest.SelfTestReport;
import dev.codehabit.agent.demo.DemoData;
import dev.codehabit.agent.idle.InputMinuteTable;
import dev.codehabit.agent.instance.AgentFile;
import dev.codehabit.agent.instance.AgentInfo;
import dev.codehabit.agent.instance.RunningAgent;
import dev.codehabit.agent.instance.UnsafeDataDirException;
import dev.codehabit.agent.platform.Displays;
import dev.codehabit.agent.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code codehabit [options]}: runs the agent; subcommands read the same data dir. */
@Command(name = "codehabit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "CodeHabit: a local-first coding-habit tracker. Without a subcommand, runs the agent.",
        subcommands = {ReportCommand.class, ExportCommand.class, StatusCommand.class, TokenCommand.class,
                WakaTimeConfigCommand.class, PairCommand.class})
public final class AgentCommand implements Callable<Integer> {
    /** Exit code when another agent already runs on the data dir. */
    public static final int ALREADY_RUNNING = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where data lives (default: the OS's per-user data folder).")
    Path dataDir;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On an error, print the stack trace too.")
    boolean verbose;

    @Option(names = "--headless", description = "No tray or window: collector and API only (automatic without a display).")
    boolean headless;

    @Option(names = "--port", paramLabel = "N", defaultValue = "2633",
            description = "Port of the localhost API (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--self-test", description = "Check this copy (database, API, bundled bridges, input hook, tray) "
            + "on a throw-away data dir, print a report and exit non-zero when something is wrong.")
    boolean selfTest;

    @Option(names = "--demo", description = "First fill the data dir with ~90 days of made-up history (use with --data-dir).")
    boolean demo;

    private final Clock clock;
    private final DesktopMode desktop;

    public AgentCommand(Clock clock, DesktopMode desktop) {
        this.clock = clock;
        this.desktop = desktop;
    }

    /** The command line every entry point uses: this command with errors reported as {@link ErrorReport} does. */
    public static CommandLine commandLine(Clock clock, DesktopMode desktop) {
        return new CommandLine(new AgentCommand(clock, desktop)).setExecutionExceptionHandler(new ErrorReport())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The data dir, refused when it is a file (the agent would fail on it deep inside the lock code). */
    Path dataDir() {
        Path dir = (dataDir != null ? dataDir : DataDirs.defaultDataDir()).toAbsolutePath();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliProblem("The data dir " + dir + " is a file, not a folder: choose another --data-dir.");
        }
        return dir;
    }

    /**
     * The data dir for a command that only reads or changes existing data: refused when the agent has never run
     * on it, so a mistyped --data-dir does not quietly create an empty one (and a new token).
     */
    Path existingDataDir() {
        Path dir = dataDir();
        if (!Files.isRegularFile(dir.resolve(Services.DATABASE_FILE))) {
            throw new CliProblem("No CodeHabit data in " + dir + ": check --data-dir (the agent creates its data "
                    + "on its first start).");
        }
        return dir;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("--port must be between 0 and 65535");
            return 2;
        }
        if (selfTest) {
            var checks = new SelfTest(BridgeBundle.current(), HookEnvironment.current(), System.getenv(),
                    AgentCore.VERSION, Json.mapper(), clock).run();
            return SelfTestReport.print(AgentCore.VERSION, checks, out);
        }
        Path dir = dataDir();
        boolean withWindow = !headless && desktop.supported() && Displays.available();
        if (withWindow) {
            desktop.prepare(); // the UI toolkit starts while the core opens the store and the API
        }
        Optional<AgentCore> started = start(dir, withWindow);
        if (started.isEmpty()) {
            return handOver(dir, withWindow, out, err);
        }
        AgentCore core = started.get();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            core.close();
            stopped.countDown();
        }, "shutdown"));
        if (demo) {
            var db = core.services().database();
            var zone = core.services().settings().get().zone();
            DemoData demoData = new DemoData(core.services().ingest(), new InputMinuteTable(db), clock);
            int n = demoData.fill(DemoData.DAYS, zone);
            int focus = demoData.fillFocusSessions(db, DemoData.DAYS, zone);
            out.printf("Demo data: %d heartbeats and %d focus sessions over %d days%n", n, focus, DemoData.DAYS);
        }
        out.printf("CodeHabit agent %s listening on http://127.0.0.1:%d (data: %s)%n", AgentCore.VERSION, core.port(), dir);
        if (!withWindow) {
            String sameDir = dataDir == null ? "" : " --data-dir " + dir; // so the suggested commands reach this agent
            HeadlessGuide guide = new HeadlessGuide(BridgeFiles.besideJar(), sameDir);
            out.print(guide.text(headless ? HeadlessGuide.Why.ASKED
                    : desktop.supported() ? HeadlessGuide.Why.NO_DISPLAY : HeadlessGuide.Why.NO_DESKTOP_BUILD));
            core.pairing().onRequest(request -> {
                out.println(guide.pairingRequest(request.name(), request.code()));
                out.flush();
            });
        }
        out.flush();
        if (withWindow) {
            desktop.run(core); // returns when the user quits from the tray
            core.close();
            return 0;
        }
        stopped.await();
        return 0;
    }

    /** Starts the core; a port another program holds becomes one sentence with the way out. */
    private Optional<AgentCore> start(Path dir, boolean withWindow) {
        try {
            return AgentCore.start(dir, port, clock, withWindow ? "desktop" : "headless");
        } catch (UnsafeDataDirException e) {
            // says what is wrong and what to do; a stack trace would bury that
            throw new CliProblem(e.getMessage(), 2, e);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new CliProblem("Port " + port + " is already in use by another program: start with "
                            + "--port 0 (any free port) or another --port.", 1, e);
                }
            }
            throw e;
        }
    }

    private int handOver(Path dir, boolean withWindow, PrintWriter out, PrintWriter err) {
        RunningAgent other = new RunningAgent(new AgentFile(dir, Json.mapper()));
        Optional<AgentInfo> running = other.find();
        if (running.isPresent() && withWindow && other.openDashboard(running.get())) {
            out.println("CodeHabit is already running (pid " + running.get().pid() + "); opened its dashboard.");
            return 0;
        }
        err.println("Another CodeHabit agent is already running on " + dir
                + running.map(i -> " (pid " + i.pid() + ", port " + i.port() + ")").orElse("")
                + ". Stop it first, or use another --data-dir.");
        return ALREADY_RUNNING;
    }
}
