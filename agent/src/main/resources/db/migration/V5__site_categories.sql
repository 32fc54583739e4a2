-- The user's site category rules, consulted before the built-in list (categories/builtin-sites.tsv).
CREATE TABLE category_rule (
    position INTEGER PRIMARY KEY,                                -- order as the user gave them
    kind     TEXT NOT NULL CHECK (kind IN ('domain', 'suffix', 'regex')),
    pattern  TEXT NOT NULL,
    category TEXT NOT NULL,
    UNIQUE (kind, pattern)
);

-- Productivity level per category (-2 very distracting .. +2 very productive): the user's overrides of
-- the built-in levels, and the levels of categories the user made up.
CREATE TABLE category_level (
    category TEXT PRIMARY KEY,
    level    INTEGER NOT NULL CHECK (level BETWEEN -2 AND 2)
) WITHOUT ROWID;
