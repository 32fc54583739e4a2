-- Whether the browser tab a web heartbeat describes was playing sound (and not muted) when it was sent: while the
-- user is away from keyboard and mouse, audible web time still counts (the "watching a video" exception).
ALTER TABLE heartbeat ADD COLUMN audible INTEGER NOT NULL DEFAULT 0;
