CREATE TABLE focus_session (
    id         INTEGER PRIMARY KEY,
    started_at REAL    NOT NULL,
    ends_at    REAL    NOT NULL,
    strict     INTEGER NOT NULL DEFAULT 0,
    ended_at   REAL,                     -- set when ended early
    origin     TEXT    NOT NULL          -- 'manual' or 'schedule:<id>:<YYYY-MM-DD>'
);
CREATE INDEX focus_session_ends ON focus_session (ends_at);
CREATE UNIQUE INDEX focus_session_origin ON focus_session (origin) WHERE origin <> 'manual';

-- What focus mode blocks: single domains and whole categories.
CREATE TABLE focus_block (
    kind  TEXT NOT NULL CHECK (kind IN ('domain', 'category')),
    value TEXT NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;
INSERT INTO focus_block (kind, value) VALUES ('category', 'social-media'), ('category', 'video'), ('category', 'news');

-- Recurring sessions, e.g. weekdays 09:00-12:00 in the agent's time zone.
CREATE TABLE focus_schedule (
    id     INTEGER PRIMARY KEY,
    days   TEXT    NOT NULL,             -- comma-separated ISO day names: MONDAY,TUESDAY,...
    start  TEXT    NOT NULL,             -- HH:MM
    end    TEXT    NOT NULL,             -- HH:MM, after start
    strict INTEGER NOT NULL DEFAULT 0
);

-- Each navigation to a blocked site during a session ("distraction attempts").
CREATE TABLE distraction_attempt (
    time   REAL NOT NULL,
    domain TEXT NOT NULL,
    PRIMARY KEY (time, domain)
) WITHOUT ROWID;
