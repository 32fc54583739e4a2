package dev.codehabit.agent.cli;

import dev.codehabit.agent.activity.Counter;
import dev.codehabit.agent.Services;
import dev.codehabit.agent.stats.DurationText;
import dev.codehabit.agent.stats.Period;
import dev.codehabit.agent.stats.Stats;
import dev.codehabit.agent.stats.Totals;
import dev.codehabit.agent.store.RollupDimensions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code report [today|week|month|year]}: a readable summary in the terminal. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print coding and web time for today or the last 7, 30 or 365 days (week, month, year).")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    AgentCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", defaultValue = "today", paramLabel = "PERIOD",
            description = "today, week (the last 7 days), month (the last 30) or year (the last 365); "
                    + "default: ${DEFAULT-VALUE}.")
    Period period;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ReadSession session = new ReadSession(parent.existingDataDir(), parent.clock())) {
            Services services = session.services();
            LocalDate today = services.today();
            Stats stats = services.stats().stats(period.from(today), today);
            print(out, stats);
        }
        return 0;
    }

    private void print(PrintWriter out, Stats stats) {
        Totals t = stats.total();
        String title = stats.from().equals(stats.to()) ? stats.from().toString() : stats.from() + " to " + stats.to();
        out.println("CodeHabit report, " + title + " (" + stats.zone().getId() + ")");
        out.println();
        out.printf("  %-22s %10s%n", "Coding", DurationText.compact(t.codingSeconds()));
        out.printf("  %-22s %10s%n", "Web", DurationText.compact(t.webSeconds()));
        out.printf("  %-22s %10s%n", "Lines added / deleted", t.counter(Counter.LINE_ADDITIONS) + " / " + t.counter(Counter.LINE_DELETIONS));
        out.printf("  %-22s %10d%n", "Keystrokes", t.counter(Counter.KEYSTROKES));
        out.printf("  %-22s %10d%n", "Files modified", t.filesModified());
        section(out, "Languages", t.dimension(RollupDimensions.LANGUAGE), t.codingSeconds());
        section(out, "Projects", t.dimension(RollupDimensions.PROJECT), t.codingSeconds());
        section(out, "Websites", t.dimension(RollupDimensions.DOMAIN), t.webSeconds());
        if (stats.days().size() > 1) {
            out.println();
            out.println("  Day          Coding        Web");
            stats.days().forEach(d -> out.printf("  %-10s %8s %10s%n", d.date(),
                    DurationText.compact(d.totals().codingSeconds()), DurationText.compact(d.totals().webSeconds())));
        }
        out.flush();
    }

    private static void section(PrintWriter out, String title, Map<String, Double> values, double total) {
        if (values.isEmpty()) {
            return;
        }
        out.println();
        out.println("  " + title);
        values.entrySet().stream().limit(10).forEach(e -> out.printf("    %-20s %10s %5.1f%%%n",
                truncate(e.getKey()), DurationText.compact(e.getValue()), total > 0 ? 100 * e.getValue() / total : 0));
    }

    private static String truncate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 19) + "…";
    }
}
