-- Raw heartbeats: the user's history, kept as received (URLs are already reduced to domains on ingest).
CREATE TABLE heartbeat (
    id                  INTEGER PRIMARY KEY,
    stream              TEXT    NOT NULL,          -- 'coding' or 'web': spans are built per stream
    time                REAL    NOT NULL,          -- epoch seconds
    entity              TEXT    NOT NULL,
    type                TEXT    NOT NULL,
    category            TEXT    NOT NULL,
    project             TEXT,
    branch              TEXT,
    language            TEXT,
    editor              TEXT,
    source              TEXT    NOT NULL,
    signal              TEXT,                      -- 'focus', 'blur', 'idle' or NULL
    is_write            INTEGER NOT NULL DEFAULT 0,
    lines               INTEGER,
    lineno              INTEGER,
    cursorpos           INTEGER,
    line_additions      INTEGER NOT NULL DEFAULT 0,
    line_deletions      INTEGER NOT NULL DEFAULT 0,
    generated_additions INTEGER NOT NULL DEFAULT 0,
    ai_line_changes     INTEGER NOT NULL DEFAULT 0,
    human_line_changes  INTEGER NOT NULL DEFAULT 0,
    keystrokes          INTEGER NOT NULL DEFAULT 0,
    characters          INTEGER NOT NULL DEFAULT 0,
    tab_switches        INTEGER NOT NULL DEFAULT 0,
    dependencies        TEXT,
    user_agent          TEXT,
    machine             TEXT,
    duration            REAL    NOT NULL DEFAULT 0, -- seconds this heartbeat contributes (derived)
    received_at         REAL    NOT NULL
);
CREATE UNIQUE INDEX heartbeat_dedup ON heartbeat (time, entity, source);
CREATE INDEX heartbeat_stream_time ON heartbeat (stream, time);

-- Seconds per local day and dimension ('stream', 'language', 'project', 'editor', 'category', 'branch',
-- 'domain'), maintained as heartbeats arrive so no read ever scans raw heartbeats.
CREATE TABLE daily_rollup (
    day       TEXT NOT NULL,   -- YYYY-MM-DD in the agent's time zone
    dimension TEXT NOT NULL,
    name      TEXT NOT NULL,
    seconds   REAL NOT NULL,
    PRIMARY KEY (day, dimension, name)
) WITHOUT ROWID;

-- Additive per-day counters (keystrokes, lines, ...): attributed to the day of the heartbeat.
CREATE TABLE daily_counter (
    day     TEXT    NOT NULL,
    counter TEXT    NOT NULL,
    value   INTEGER NOT NULL,
    PRIMARY KEY (day, counter)
) WITHOUT ROWID;

-- Distinct files changed per day, for the "files modified" figure.
CREATE TABLE daily_file (
    day    TEXT NOT NULL,
    entity TEXT NOT NULL,
    PRIMARY KEY (day, entity)
) WITHOUT ROWID;

-- Facts the derived tables depend on (time zone, keystroke timeout): a change triggers a rebuild.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
