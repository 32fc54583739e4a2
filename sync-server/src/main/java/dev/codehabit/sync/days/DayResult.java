package dev.codehabit.sync.days;

/** The answer to one day upload: the version now stored, and whether this upload replaced the stored one. */
public record DayResult(String date, long version, String result) {
    static DayResult stored(String date, long version) {
        return new DayResult(date, version, "stored");
    }

    /** An older version than the stored one: nothing changed; the stored version tells the agent where it stands. */
    static DayResult ignored(String date, long storedVersion) {
        return new DayResult(date, storedVersion, "ignored_older_version");
    }
}
