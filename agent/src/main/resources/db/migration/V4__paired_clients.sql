-- Browsers (and later other bridges) paired through the approval handshake. Only a SHA-256 of each
-- token is kept: a copy of the database does not let anyone call the API.
CREATE TABLE paired_client (
    id           TEXT PRIMARY KEY,
    client       TEXT NOT NULL,          -- 'chrome', 'firefox', 'edge', ...
    name         TEXT NOT NULL,          -- what the user saw when approving, e.g. 'Chromium on Linux'
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   REAL NOT NULL,
    last_seen_at REAL,
    revoked_at   REAL
);
