-- One hash chain per report (and one per state, per cycle, and for the system) instead of one
-- global chain: writers of different reports no longer queue behind one locked row. Anchors,
-- themselves a chain, commit to every chain head that moved since the previous anchor, so the
-- trail as a whole stays verifiable.
--
-- The records written before this migration stay as they are (chain is null): they form the
-- legacy global chain, verified by seq exactly as before, and its head is the "legacy" chain head.

create sequence audit_record_seq;
select setval('audit_record_seq', coalesce((select max(seq) from audit_record), 0) + 1, false);

alter table audit_record add column chain varchar(80),
                         add column chain_seq bigint,
                         add constraint audit_record_chain_link unique (chain, chain_seq),
                         add constraint audit_record_chain_complete check ((chain is null) = (chain_seq is null));

create table audit_chain_head (
    chain     varchar(80) primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (chain, last_seq, last_hash)
select 'legacy', last_seq, last_hash from audit_head where last_seq > 0;
drop table audit_head;

create table audit_anchor (
    seq         bigint      primary key,
    anchored_at timestamptz not null,
    reason      varchar(40) not null,
    prev_hash   varchar(64) not null,
    hash        varchar(64) not null
);
-- The chain heads each anchor commits to (those that moved since the previous anchor).
create table audit_anchor_entry (
    anchor_seq bigint      not null references audit_anchor (seq),
    chain      varchar(80) not null,
    chain_seq  bigint      not null,
    hash       varchar(64) not null,
    primary key (anchor_seq, chain)
);
create index audit_anchor_entry_chain_idx on audit_anchor_entry (chain, chain_seq);
create table audit_anchor_head (
    id        integer     primary key check (id = 1),
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_anchor_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

create trigger audit_anchor_append_only
    before update or delete on audit_anchor
    for each row execute function audit_record_is_append_only();
create trigger audit_anchor_entry_append_only
    before update or delete on audit_anchor_entry
    for each row execute function audit_record_is_append_only();
