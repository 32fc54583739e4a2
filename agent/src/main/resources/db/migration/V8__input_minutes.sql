-- Global input counts per minute from the desktop input hook: how much, never which keys or where.
CREATE TABLE input_minute (
    minute       INTEGER PRIMARY KEY,      -- epoch minutes (epoch seconds / 60) of the minute's start
    key_presses  INTEGER NOT NULL DEFAULT 0,
    mouse_clicks INTEGER NOT NULL DEFAULT 0,
    mouse_moves  INTEGER NOT NULL DEFAULT 0,
    wheel_events INTEGER NOT NULL DEFAULT 0
);
