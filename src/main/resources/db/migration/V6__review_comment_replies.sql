-- The focal point's replies to the Secretariat's comments on a returned report, in order.
create table review_comment_reply (
    id           bigserial    primary key,
    comment_id   bigint       not null references review_comment (id),
    report_id    bigint       not null references national_report (id),
    text         text         not null,
    author       text         not null,
    author_role  varchar(20)  not null,
    replied_at   timestamptz  not null
);
create index review_comment_reply_comment_idx on review_comment_reply (comment_id, id);
