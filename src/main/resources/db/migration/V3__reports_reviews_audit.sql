-- Who may act as focal point for which state in which cycle, from when to when.
-- subject is the token's "sub" (the Keycloak user id); a designation made before the person's
-- first login carries only the user name and is bound to the subject at first use.
create table designation (
    id            bigserial    primary key,
    cycle_code    varchar(32)  not null references reporting_cycle (code),
    state_code    varchar(3)   not null references member_state (code),
    username      text         not null,
    subject       text,
    person_name   text,
    email         text,
    title         text,
    institution   text,
    evidence      text,
    valid_from    timestamptz  not null,
    valid_until   timestamptz,
    designated_by text         not null,
    ended_by      text,
    end_reason    text,
    check (valid_until is null or valid_until >= valid_from)
);
create index designation_subject_idx on designation (subject);
create index designation_username_idx on designation (lower(username));
create index designation_state_idx on designation (cycle_code, state_code);

-- A state's extended deadline in a cycle (a last day in the cycle's time zone).
create table extension (
    id            bigserial    primary key,
    cycle_code    varchar(32)  not null references reporting_cycle (code),
    state_code    varchar(3)   not null references member_state (code),
    deadline_date date         not null,
    reason        text         not null,
    granted_by    text         not null,
    granted_at    timestamptz  not null
);
create index extension_state_idx on extension (cycle_code, state_code, granted_at);

-- One national report per state and cycle; absent until the first save (NOT_STARTED).
create table national_report (
    id                  bigserial    primary key,
    cycle_code          varchar(32)  not null references reporting_cycle (code),
    state_code          varchar(3)   not null references member_state (code),
    status              varchar(16)  not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED')),
    version             integer      not null,
    started_at          timestamptz  not null,
    last_activity_at    timestamptz  not null,
    submitted_at        timestamptz,
    submitted_late      boolean,
    validated_at        timestamptz,
    submission_count    integer      not null default 0,
    unique (cycle_code, state_code)
);
create index national_report_cycle_idx on national_report (cycle_code, status);

-- The current value of each answer; "version" is the report version that last changed it.
create table answer (
    report_id      bigint       not null references national_report (id),
    question_code  varchar(40)  not null,
    value          jsonb        not null,
    version        integer      not null,
    updated_at     timestamptz  not null,
    updated_by     text         not null,
    primary key (report_id, question_code)
);

-- Every submission, with the exact content submitted and its SHA-256 (the receipt).
create table submission (
    id                 bigserial    primary key,
    report_id          bigint       not null references national_report (id),
    number             integer      not null,
    submitted_at       timestamptz  not null,
    submitted_by       text         not null,
    submitted_by_role  text         not null,
    late               boolean      not null,
    effective_deadline timestamptz  not null,
    content            text         not null,
    digest             varchar(64)  not null,
    unique (report_id, number)
);

-- The Secretariat's decisions: RETURNED (with reason), VALIDATED, REOPENED (with reason).
create table review (
    id           bigserial    primary key,
    report_id    bigint       not null references national_report (id),
    decision     varchar(16)  not null check (decision in ('RETURNED', 'VALIDATED', 'REOPENED')),
    reason       text,
    decided_by   text         not null,
    decided_at   timestamptz  not null
);
create index review_report_idx on review (report_id, decided_at);

-- Comments on individual questions that come with a return; open until the next submission.
create table review_comment (
    id             bigserial    primary key,
    review_id      bigint       not null references review (id),
    report_id      bigint       not null references national_report (id),
    question_code  varchar(40)  not null,
    text           text         not null,
    resolved_at    timestamptz
);
create index review_comment_report_idx on review_comment (report_id, resolved_at);

-- Append-only audit trail, one global hash chain. audit_head serialises appends (one row).
create table audit_record (
    seq            bigint       primary key,
    occurred_at    timestamptz  not null,
    actor          text         not null,
    actor_role     text         not null,
    action         varchar(40)  not null,
    cycle_code     varchar(32),
    state_code     varchar(3),
    question_code  varchar(40),
    old_value      text,
    new_value      text,
    detail         text,
    prev_hash      varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_record_state_idx on audit_record (cycle_code, state_code, seq);
create index audit_record_action_idx on audit_record (cycle_code, action, occurred_at);

create table audit_head (
    id        integer      primary key check (id = 1),
    last_seq  bigint       not null,
    last_hash varchar(64)  not null
);
insert into audit_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

create or replace function audit_record_is_append_only() returns trigger as $$
begin
    raise exception 'audit records are append-only';
end;
$$ language plpgsql;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
