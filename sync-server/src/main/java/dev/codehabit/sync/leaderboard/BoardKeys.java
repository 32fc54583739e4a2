package dev.codehabit.sync.leaderboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Names of the ranking sets. A set holds, for one board, one period and one window end date E, the members
 * whose local day E runs over the same span of UTC (the "day bucket": the zone offsets at the start and the end
 * of that local day). At any instant the members whose current date is E are exactly those in the buckets whose
 * span contains the instant, so a board is the merge of a few dozen sets, each already sorted — and a member's
 * rank is one count per set. DST days have their own bucket, so midnight is exact in every zone.
 */
public final class BoardKeys {
    public static final String ALL = "all";
    private static final String PREFIX = "lb:";

    private BoardKeys() {}

    /** The board name: {@code all}, or {@code lang:NAME} for a language. */
    public static String board(String language) {
        return language == null || language.isBlank() ? ALL : "lang:" + language;
    }

    public static String key(String board, Period period, LocalDate end, ZoneId zone) {
        return key(board, period, end, bucket(end, zone));
    }

    /** With the bucket worked out once, for builds that name millions of keys. */
    static String key(String board, Period period, LocalDate end, String bucket) {
        return PREFIX + period.key() + ":" + end + ":" + bucket + ":" + board;
    }

    /** The ranking sets a board is read from at {@code now}: one per distinct (current date, bucket) of the zones. */
    public static Set<String> live(String board, Period period, Instant now, Collection<ZoneId> zones) {
        Set<String> keys = new LinkedHashSet<>();
        for (ZoneId zone : zones) {
            keys.add(key(board, period, LocalDate.ofInstant(now, zone), zone));
        }
        return keys;
    }

    /** Every key of date {@code end}: what is dropped once no zone can be on that date again. */
    public static String datePattern(Period period, LocalDate end) {
        return PREFIX + period.key() + ":" + end + ":*";
    }

    static String bucket(LocalDate day, ZoneId zone) {
        long start = day.atStartOfDay(zone).toEpochSecond() - day.toEpochDay() * 86_400;
        long end = day.plusDays(1).atStartOfDay(zone).toEpochSecond() - day.plusDays(1).toEpochDay() * 86_400;
        return (-start / 60) + "/" + (-end / 60);
    }
}
