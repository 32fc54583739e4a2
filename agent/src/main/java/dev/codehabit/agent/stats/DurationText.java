package dev.codehabit.agent.stats;

/** Human forms of a number of seconds, as WakaTime writes them ("3 hrs 12 mins", "3:12"). */
public final class DurationText {
    private DurationText() {}

    public static String text(double seconds) {
        long total = Math.round(seconds);
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        if (hours == 0 && minutes == 0) {
            return total > 0 ? total + " secs" : "0 secs";
        }
        StringBuilder out = new StringBuilder();
        if (hours > 0) {
            out.append(hours).append(hours == 1 ? " hr" : " hrs");
        }
        if (minutes > 0) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(minutes).append(minutes == 1 ? " min" : " mins");
        }
        return out.toString();
    }

    public static String digital(double seconds) {
        long total = Math.round(seconds);
        return String.format("%d:%02d", total / 3600, (total % 3600) / 60);
    }

    /**
     * The one short form of a duration, for the CLI, the dashboard and the tray: rounded to the nearest minute,
     * "3h 25m", "3h", "42m", "0m".
     */
    public static String compact(double seconds) {
        long minutes = Math.round(seconds / 60.0);
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + "m";
        }
        return m == 0 ? h + "h" : h + "h " + m + "m";
    }
}
