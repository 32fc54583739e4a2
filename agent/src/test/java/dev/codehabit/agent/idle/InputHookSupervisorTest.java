package dev.codehabit.agent.idle;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The hook must never take the agent down or hold it up, whatever the native side does. */
class InputHookSupervisorTest {
    private static final HookEnvironment X11 = new HookEnvironment("Linux", Map.of("DISPLAY", ":0"));
    private final InputCounter counter = new InputCounter(Clock.systemUTC());

    @Test
    void aHookThatHangsIsGivenUpAfterTheDeadline() {
        CountDownLatch never = new CountDownLatch(1);
        InputHookSupervisor supervisor = new InputHookSupervisor(hook(() -> never.await()), X11, Duration.ofMillis(300));
        Instant start = Instant.now();
        HookStatus status = supervisor.start(counter);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
        assertThat(status.state()).isEqualTo(HookStatus.State.UNAVAILABLE);
        assertThat(status.detail()).contains("did not start");
    }

    @Test
    void aNativeLinkFailureBecomesAStatusNotACrash() {
        InputHookSupervisor supervisor = new InputHookSupervisor(hook(() -> {
            throw new UnsatisfiedLinkError("libJNativeHook.so: cannot open shared object file");
        }), X11, Duration.ofSeconds(2));
        HookStatus status = supervisor.start(counter);
        assertThat(status.state()).isEqualTo(HookStatus.State.UNAVAILABLE);
        assertThat(status.detail()).contains("cannot open shared object file");
    }

    @Test
    void waylandIsReportedWithoutTouchingNativeCode() {
        var wayland = new HookEnvironment("Linux", Map.of("XDG_SESSION_TYPE", "wayland", "DISPLAY", ":0"));
        InputHookSupervisor supervisor = new InputHookSupervisor(hook(() -> {
            throw new AssertionError("must not be started");
        }), wayland, Duration.ofSeconds(1));
        assertThat(supervisor.start(counter).detail()).contains("Wayland");
    }

    @Test
    void noDisplayIsReported() {
        var none = new HookEnvironment("Linux", Map.of());
        assertThat(new HookEnvironment("Linux", Map.of()).whyUnavailable()).contains("No display to watch for input");
        assertThat(none.whyUnavailable()).isPresent();
    }

    @Test
    void theRealHookWithoutAnXServerFailsCleanlyAndQuickly() throws Exception {
        // A display nobody serves: jnativehook's native side must report, not crash or hang the JVM.
        ProcessBuilder pb = new ProcessBuilder(java(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), HookProbe.class.getName(),
                java.nio.file.Files.createTempDirectory("hooklib").toString()).redirectErrorStream(true);
        pb.environment().put("DISPLAY", ":87");
        pb.environment().put("PROBE_DISPLAY", ":87");
        Process p = pb.start();
        boolean ended = p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(ended).as("probe output: %s", out).isTrue();
        assertThat(out).contains("status UNAVAILABLE").contains("still alive");
        // The exit status is not checked: Xlib's exit-time clean-up of the display that never opened prints
        // "Couldn't find per display information" and exits 1 (documented in docs/desktop.md).
    }

    @Test
    void statusListenersHearEveryChange() {
        var seen = new java.util.ArrayList<HookStatus.State>();
        InputHookSupervisor supervisor = new InputHookSupervisor(hook(() -> { }), X11, Duration.ofSeconds(1));
        supervisor.onStatus(s -> seen.add(s.state()));
        supervisor.start(counter);
        supervisor.stop(HookStatus.disabled());
        assertThat(seen).containsExactly(HookStatus.State.RUNNING, HookStatus.State.DISABLED);
    }

    private static String java() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static InputHook hook(Action start) {
        return new InputHook() {
            @Override
            public void start(InputCounter c) throws Exception {
                start.run();
            }

            @Override
            public void stop() { }
        };
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }
}
