-- Day sync, leaderboards and teams (13b). Dates are 'YYYY-MM-DD' text: they sort and compare as dates in both
-- engines. Flags are 0/1 integers for the same reason. Rows are removed with their account by the deletion
-- listener (days.DayDeletion), which also clears the rankings in Redis.

-- What one device sent for one day: the latest version only. body is the accepted JSON, for the export.
create table device_day (
    account_id     bigint       not null,
    device_id      bigint       not null,
    day            varchar(10)  not null,
    version        bigint       not null,
    time_zone      varchar(64)  not null,
    coding_seconds integer,
    hours          varchar(200),            -- 24 comma-separated numbers, or null when not shared
    languages      text,                    -- JSON object name -> seconds, or null
    body           text         not null,
    updated_at     bigint       not null,
    primary key (account_id, device_id, day)
);

-- No index on day alone: every read is for known accounts (the primary key), and a build reads a whole
-- window, which is most of the table anyway.

-- A user's day: the combination of their devices (per hour min(3600, sum)). held = 1 keeps it off the boards.
create table user_day (
    account_id     bigint       not null,
    day            varchar(10)  not null,
    coding_seconds integer      not null,
    held           integer      not null,
    primary key (account_id, day)
);

create table user_day_language (
    account_id bigint       not null,
    day        varchar(10)  not null,
    language   varchar(64)  not null,
    seconds    integer      not null,
    held       integer      not null,
    primary key (account_id, day, language)
);

-- Who may be ranked and in which zone their day runs (the zone of their latest upload). A copy of the privacy
-- settings that matter to boards, kept current by the privacy listener, so boards never join identity tables.
create table board_member (
    account_id     bigint       primary key,
    time_zone      varchar(64)  not null,
    leaderboards   integer      not null,
    teams_only     integer      not null,
    show_languages integer      not null,
    anonymous      integer      not null,
    public_profile integer      not null,
    hidden         integer      not null,             -- set by the admin CLI: off every board
    ranked_languages text,                              -- the language boards this member is on, comma-separated
    changed_at     bigint       not null
);
create index board_member_changed on board_member (changed_at);

create table team (
    id          bigint       primary key,
    slug        varchar(64)  not null,
    name        varchar(64)  not null,
    invite_code varchar(32)  not null,
    created_at  bigint       not null
);
create unique index team_slug on team (slug);

create table team_member (
    team_id    bigint       not null references team (id) on delete cascade,
    account_id bigint       not null,
    role       varchar(8)   not null,   -- owner | admin | member
    joined_at  bigint       not null,
    primary key (team_id, account_id)
);
create index team_member_account on team_member (account_id);
