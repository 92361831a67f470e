-- The language a state is written to (reminders): en, fr or ar. The registry file gives the
-- initial value; the Secretariat edits it with the contacts.
alter table member_state add column language varchar(2) not null default 'en' check (language in ('en', 'fr', 'ar'));

-- National contacts beside the focal points, for escalation: National Commission for UNESCO and
-- Permanent Delegation to UNESCO.
create table national_contact (
    state_code  varchar(3)   not null references member_state (code),
    kind        varchar(24)  not null check (kind in ('NATIONAL_COMMISSION', 'PERMANENT_DELEGATION')),
    name        text,
    email       text,
    phone       text,
    updated_by  text         not null,
    updated_at  timestamptz  not null,
    primary key (state_code, kind)
);

-- Every reminder sent and every contact recorded by hand.
create table contact_log (
    id           bigserial    primary key,
    cycle_code   varchar(32)  not null references reporting_cycle (code),
    state_code   varchar(3)   not null references member_state (code),
    occurred_at  timestamptz  not null,
    kind         varchar(16)  not null check (kind in ('REMINDER', 'MANUAL')),
    channel      varchar(16)  not null check (channel in ('EMAIL', 'PHONE', 'LETTER', 'MEETING', 'OTHER')),
    level        varchar(24)  not null check (level in ('FOCAL_POINT', 'NATIONAL_COMMISSION', 'PERMANENT_DELEGATION')),
    stage        varchar(24),
    recipients   text,
    language     varchar(2),
    note         text,
    recorded_by  text         not null
);
create index contact_log_state_idx on contact_log (cycle_code, state_code, occurred_at);
