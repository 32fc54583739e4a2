-- Month-level copies of the daily rollups, so totals over a year read a dozen months instead of 365 days.
CREATE TABLE monthly_rollup (
    month     TEXT NOT NULL,   -- YYYY-MM in the agent's time zone
    dimension TEXT NOT NULL,
    name      TEXT NOT NULL,
    seconds   REAL NOT NULL,
    PRIMARY KEY (month, dimension, name)
) WITHOUT ROWID;

CREATE TABLE monthly_file (
    month  TEXT NOT NULL,
    entity TEXT NOT NULL,
    PRIMARY KEY (month, entity)
) WITHOUT ROWID;

-- Backfill from what version 1 built, so an upgraded agent answers at once.
INSERT INTO monthly_rollup (month, dimension, name, seconds)
SELECT substr(day, 1, 7), dimension, name, sum(seconds) FROM daily_rollup GROUP BY substr(day, 1, 7), dimension, name;

INSERT OR IGNORE INTO monthly_file (month, entity) SELECT substr(day, 1, 7), entity FROM daily_file;
