package dev.codehabit.agent.ui.chart;

/** The dashboard's other forms of a duration (the short one is {@code stats.DurationText.compact}). */
public final class Durations {
    private Durations() {}

    /** To the second, for tooltips that give the exact value: "3h 05m 09s", "12m 00s", "45s". */
    public static String precise(double seconds) {
        long total = Math.round(seconds);
        long h = total / 3600;
        long m = total % 3600 / 60;
        long s = total % 60;
        if (h > 0) {
            return String.format("%dh %02dm %02ds", h, m, s);
        }
        return m > 0 ? String.format("%dm %02ds", m, s) : s + "s";
    }

    /** Hours with one decimal for axes: "2.5h". */
    public static String hours(double seconds) {
        double h = seconds / 3600.0;
        return h >= 10 || h == Math.rint(h) ? Math.round(h) + "h" : String.format("%.1fh", h);
    }
}
