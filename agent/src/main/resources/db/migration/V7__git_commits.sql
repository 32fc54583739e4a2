-- Git commits reported by the IDE bridge: counts only (never the message or the diff).
CREATE TABLE git_commit (
    hash          TEXT    PRIMARY KEY,     -- lower-case hex; the same commit reported twice is stored once
    project       TEXT    NOT NULL,
    branch        TEXT,
    files_changed INTEGER NOT NULL,
    insertions    INTEGER NOT NULL,
    deletions     INTEGER NOT NULL,
    time          REAL    NOT NULL,        -- commit time, epoch seconds
    source        TEXT    NOT NULL,
    received_at   REAL    NOT NULL
);
CREATE INDEX git_commit_time ON git_commit (time);
CREATE INDEX git_commit_project_time ON git_commit (project, time);
