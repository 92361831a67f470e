-- Reports received outside the system (issue 11 §1). A submission's submitted_at stays the moment
-- the report counts as submitted: for the Secretariat's entries on a state's behalf that is the
-- date the report was received, so on-time flags, cut-offs and curves need no second column.
-- entered_at is when it was entered here; on_behalf says the Secretariat entered it.
alter table submission add column entered_at timestamptz;
alter table submission add column on_behalf boolean not null default false;
update submission set entered_at = submitted_at;
update submission set on_behalf = true where submitted_by_role = 'secretariat';
alter table submission alter column entered_at set not null;

-- The document as received (PDF, DOCX, XLSX, ODT), attached to one submission. The type is the
-- one detected from the content; the SHA-256 lets a reader prove the file is the one attached.
create table submission_document (
    id            bigserial    primary key,
    submission_id bigint       not null references submission (id),
    file_name     text         not null,
    media_type    text         not null,
    size_bytes    integer      not null check (size_bytes > 0),
    sha256        varchar(64)  not null,
    content       bytea        not null,
    attached_by   text         not null,
    attached_at   timestamptz  not null
);
create index submission_document_submission on submission_document (submission_id);
