-- Identity (13a). Times are epoch milliseconds (bigint) so both engines store and compare them the same way;
-- ids are generated in Java (store.RandomIds) so this file stays valid SQL for SQLite and PostgreSQL alike.

create table account (
    id            bigint primary key,
    username      varchar(32)  not null,  -- always lower case: names are unique case-insensitively
    display_name  varchar(64)  not null,
    password_hash varchar(255),           -- Argon2id PHC string; null for accounts made through OpenID Connect
    created_at    bigint       not null
);
create unique index account_username on account (username);

-- Only the SHA-256 of a token is stored: a copy of the database signs nobody in.
create table auth_session (
    id          bigint primary key,
    account_id  bigint       not null references account (id) on delete cascade,
    token_hash  varchar(64)  not null,
    created_at  bigint       not null,
    expires_at  bigint       not null,
    user_agent  varchar(200)
);
create unique index auth_session_token on auth_session (token_hash);
create index auth_session_account on auth_session (account_id);

create table device (
    id          bigint primary key,
    account_id  bigint       not null references account (id) on delete cascade,
    name        varchar(64)  not null,
    token_hash  varchar(64)  not null,
    created_at  bigint       not null
);
create unique index device_token on device (token_hash);
create index device_account on device (account_id);
