package dev.codehabit.agent.idle;

/** Whether idle detection from real input works here, and if not, why (shown to the user as is). */
public record HookStatus(State state, String detail) {
    public enum State { STARTING, RUNNING, DISABLED, UNAVAILABLE }

    public static HookStatus starting() {
        return new HookStatus(State.STARTING, "Starting the input hook");
    }

    public static HookStatus running() {
        return new HookStatus(State.RUNNING, "Idle detection from keyboard and mouse input is on");
    }

    public static HookStatus disabled() {
        return new HookStatus(State.DISABLED, "Input hook switched off in Settings; idle signals come from the IDE and browser");
    }

    public static HookStatus unavailable(String reason) {
        return new HookStatus(State.UNAVAILABLE, reason + "; idle signals come from the IDE and browser");
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }
}
