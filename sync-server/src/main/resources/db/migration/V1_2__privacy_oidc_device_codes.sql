-- Identity (13a), second part: privacy settings, OpenID Connect links and logins, device-code authorisations.

-- Absent row = the defaults (off the boards). Booleans as 0/1 smallints: the same in both engines.
create table privacy_setting (
    account_id     bigint   primary key references account (id) on delete cascade,
    leaderboards   smallint not null,
    show_languages smallint not null,
    public_profile smallint not null,
    anonymous      smallint not null,
    teams_only     smallint not null,
    updated_at     bigint   not null
);

-- How a session was opened: 'password' or 'oidc'. A recent 'oidc' session is the proof of identity for
-- deleting an account that has no password.
alter table auth_session add column method varchar(16) not null default 'password';

-- An account's sign-ins at OpenID Connect / OAuth providers: one (issuer, subject) belongs to one account.
create table oidc_identity (
    issuer      varchar(300) not null,
    subject     varchar(255) not null,
    account_id  bigint       not null references account (id) on delete cascade,
    provider    varchar(32)  not null,
    email       varchar(320),
    created_at  bigint       not null,
    primary key (issuer, subject)
);
create index oidc_identity_account on oidc_identity (account_id);

-- A sign-in or link started at a provider and not finished yet; found by the hash of its state parameter.
create table oidc_login (
    state_hash      varchar(64)  primary key,
    provider        varchar(32)  not null,
    nonce           varchar(64)  not null,
    code_verifier   varchar(128) not null,
    link_account_id bigint       references account (id) on delete cascade,
    expires_at      bigint       not null
);

-- RFC 8628 device authorisation: the agent holds device_code (stored hashed), the user types user_code.
create table device_code (
    code_hash    varchar(64)  primary key,
    user_code    varchar(16)  not null,
    device_name  varchar(64)  not null,
    created_at   bigint       not null,
    expires_at   bigint       not null,
    interval_s   integer      not null,
    next_poll_at bigint       not null,
    account_id   bigint       references account (id) on delete cascade,
    denied       smallint     not null
);
create unique index device_code_user_code on device_code (user_code);
