-- Seconds per local day, hour and stream: the "best coding hours" heat map over a year reads these few
-- thousand rows instead of the year's heartbeats. Filled by the rebuild the changed rollup basis triggers.
CREATE TABLE hourly_rollup (
    day     TEXT    NOT NULL,
    hour    INTEGER NOT NULL,   -- 0..23, local
    stream  TEXT    NOT NULL,
    seconds REAL    NOT NULL,
    PRIMARY KEY (day, hour, stream)
) WITHOUT ROWID;
