-- Published questionnaire versions: immutable, identified by version, checked by checksum.
create table questionnaire_version (
    version       varchar(32)  primary key,
    instrument    varchar(64)  not null,
    checksum      varchar(64)     not null,
    content       jsonb        not null,
    source_file   text         not null,
    published_at  timestamptz  not null
);

create or replace function questionnaire_version_is_immutable() returns trigger as $$
begin
    raise exception 'questionnaire version % is published and cannot change; publish a new version', old.version;
end;
$$ language plpgsql;

create trigger questionnaire_version_immutable
    before update or delete on questionnaire_version
    for each row execute function questionnaire_version_is_immutable();

-- Reporting cycles. Dates are calendar days in the cycle's time zone; a deadline day ends at
-- midnight of the following day in that zone.
create table reporting_cycle (
    code                   varchar(32)  primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,31}$'),
    title_en               text         not null,
    title_fr               text         not null,
    title_ar               text         not null,
    circular_letter        varchar(32),
    dispatch_date          date,
    opening_date           date         not null,
    deadline_date          date         not null,
    time_zone              varchar(64)  not null,
    hard_close_date        date,
    analysis_cutoff_date   date,
    questionnaire_version  varchar(32)  not null,
    check (deadline_date >= opening_date),
    check (hard_close_date is null or hard_close_date >= deadline_date),
    check (dispatch_date is null or dispatch_date <= opening_date)
);

-- First consultation: Circular Letter CL/4398, deadline 31 January 2023 (the bulletin's "2022"
-- is a misprint; see README). Opening, time zone, hard close (taken as the analysis cut-off)
-- and cut-off are recorded assumptions: data, editable, never constants in code.
insert into reporting_cycle (code, title_en, title_fr, title_ar, circular_letter, dispatch_date, opening_date,
                             deadline_date, time_zone, hard_close_date, analysis_cutoff_date, questionnaire_version)
values ('oer-2023',
        'First consultation on the implementation of the 2019 Recommendation on OER',
        'Première consultation sur la mise en œuvre de la Recommandation de 2019 sur les REL',
        'المشاورة الأولى بشأن تنفيذ توصية عام 2019 بشأن الموارد التعليمية المفتوحة',
        'CL/4398', null, date '2022-06-01', date '2023-01-31', 'Europe/Paris', date '2023-04-30', date '2023-04-30', '2022.1'),
       ('oer-2027',
        'Second consultation on the implementation of the 2019 Recommendation on OER',
        'Deuxième consultation sur la mise en œuvre de la Recommandation de 2019 sur les REL',
        'المشاورة الثانية بشأن تنفيذ توصية عام 2019 بشأن الموارد التعليمية المفتوحة',
        null, null, date '2026-09-01', date '2027-01-31', 'Europe/Paris', date '2027-03-31', date '2027-04-30', '2022.1');
