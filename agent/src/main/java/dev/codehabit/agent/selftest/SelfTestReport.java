package dev.codehabit.agent.selftest;

import java.io.PrintWriter;
import java.util.List;

/** Prints the self-test's checks one a line, and the exit code: 0 unless a check failed. */
public final class SelfTestReport {
    /** Exit code when a check failed. */
    public static final int FAILED = 1;

    private SelfTestReport() {}

    public static int print(String version, List<Check> checks, PrintWriter out) {
        out.println("CodeHabit " + version + " self-test");
        for (Check c : checks) {
            out.printf("  %-4s  %-18s %s%n", c.status(), c.name(), c.detail());
        }
        long failed = checks.stream().filter(c -> c.status() == Check.Status.FAIL).count();
        long warned = checks.stream().filter(c -> c.status() == Check.Status.WARN).count();
        String warnings = warned == 0 ? "" : " (" + warned + (warned == 1 ? " warning" : " warnings") + ": limits of this session)";
        out.println(failed == 0 ? "All checks passed" + warnings + "."
                : failed + (failed == 1 ? " check failed" : " checks failed") + warnings + ".");
        out.flush();
        return failed == 0 ? 0 : FAILED;
    }
}
