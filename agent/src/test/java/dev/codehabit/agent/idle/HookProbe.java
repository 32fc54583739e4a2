package dev.codehabit.agent.idle;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Starts the real native hook against whatever DISPLAY it is given and prints the resulting status. */
public final class HookProbe {
    private HookProbe() {}

    public static void main(String[] args) {
        String display = System.getenv().getOrDefault("PROBE_DISPLAY", ":87");
        var supervisor = new InputHookSupervisor(new NativeInputHook(Path.of(args[0])),
                new HookEnvironment("Linux", Map.of("DISPLAY", display)), Duration.ofSeconds(10));
        HookStatus status = supervisor.start(new InputCounter(Clock.systemUTC()));
        System.out.println("status " + status.state() + ": " + status.detail());
        supervisor.stop(HookStatus.disabled());
        try {
            Thread.sleep(1500); // the agent goes on running after a failed hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("still alive");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
