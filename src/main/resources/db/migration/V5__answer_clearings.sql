-- Field-level merge: a save made on an older report version goes through unless one of the
-- questions it writes changed since that version. An answer row carries the version, time and
-- author of its last change; a cleared answer has no row, so its clearing is kept here as a
-- tombstone (version, time, author), replaced by the answer row when the question is answered again.
create table answer_clearing (
    report_id      bigint       not null references national_report (id),
    question_code  varchar(40)  not null,
    version        integer      not null,
    cleared_at     timestamptz  not null,
    cleared_by     text         not null,
    primary key (report_id, question_code)
);
