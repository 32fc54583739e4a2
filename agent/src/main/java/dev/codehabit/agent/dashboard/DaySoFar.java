package dev.codehabit.agent.dashboard;

/**
 * A day's figures up to a time of day, for trends that compare a period still under way: today until now is
 * measured against yesterday until the same time, not against the whole of yesterday.
 *
 * @param seconds    the filtered item's time (all coding time for no filter)
 * @param keystrokes keystrokes of every heartbeat in that part of the day (the tiles' counter is unfiltered too)
 */
public record DaySoFar(double seconds, long keystrokes) {
    /** What a page without trends carries: nothing read. */
    public static final DaySoFar NONE = new DaySoFar(0, 0);
}
