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

    /** Short form for tables and the status bar: "3h 12m", "45m", "20s". */
    public static String compact(double seconds) {
        long total = Math.round(seconds);
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        if (hours > 0) {
            return hours + "h " + minutes + "m";
        }
        if (minutes > 0) {
            return minutes + "m";
        }
        return total + "s";
    }
}
