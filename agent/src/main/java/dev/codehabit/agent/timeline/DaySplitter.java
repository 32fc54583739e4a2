package dev.codehabit.agent.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Cuts a span of time at local midnights, so each day gets exactly the seconds that fell on it. */
public final class DaySplitter {
    private final ZoneId zone;

    public DaySplitter(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate dayOf(double epochSeconds) {
        return toInstant(epochSeconds).atZone(zone).toLocalDate();
    }

    /** The parts of {@code [start, start + seconds)} per local day, in order; empty for no time. */
    public List<DayShare> split(double start, double seconds) {
        List<DayShare> shares = new ArrayList<>(1);
        if (!(seconds > 0)) {
            return shares;
        }
        double end = start + seconds;
        double cursor = start;
        while (cursor < end) {
            LocalDate day = dayOf(cursor);
            // atStartOfDay handles DST days of 23 or 25 hours and zones whose midnight does not exist.
            ZonedDateTime nextMidnight = day.plusDays(1).atStartOfDay(zone);
            double boundary = nextMidnight.toEpochSecond();
            double partEnd = Math.min(end, boundary);
            shares.add(new DayShare(day, partEnd - cursor));
            cursor = partEnd;
        }
        return shares;
    }

    /** The parts of {@code [start, start + seconds)} per local day and hour, in order. */
    public List<HourShare> splitHours(double start, double seconds) {
        List<HourShare> shares = new ArrayList<>(2);
        if (!(seconds > 0)) {
            return shares;
        }
        double end = start + seconds;
        double cursor = start;
        while (cursor < end) {
            ZonedDateTime local = toInstant(cursor).atZone(zone);
            // The next local hour boundary, found on the instant line so DST's missing or doubled hour is right.
            double boundary = local.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1).toEpochSecond();
            double partEnd = Math.min(end, boundary);
            shares.add(new HourShare(local.toLocalDate(), local.getHour(), partEnd - cursor));
            cursor = partEnd;
        }
        return shares;
    }

    private static Instant toInstant(double epochSeconds) {
        long whole = (long) Math.floor(epochSeconds);
        long nanos = Math.round((epochSeconds - whole) * 1e9);
        return Instant.ofEpochSecond(whole, Math.min(nanos, 999_999_999));
    }

    public record DayShare(LocalDate day, double seconds) {}

    public record HourShare(LocalDate day, int hour, double seconds) {}
}
