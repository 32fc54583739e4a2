package dev.codehabit.agent.selftest;

/** One line of the self-test report. WARN is a limit of this session (no display, Wayland), not a broken install. */
public record Check(String name, Status status, String detail) {
    public enum Status { OK, WARN, FAIL }

    static Check ok(String name, String detail) {
        return new Check(name, Status.OK, detail);
    }

    static Check warn(String name, String detail) {
        return new Check(name, Status.WARN, detail);
    }

    static Check fail(String name, String detail) {
        return new Check(name, Status.FAIL, detail);
    }
}
