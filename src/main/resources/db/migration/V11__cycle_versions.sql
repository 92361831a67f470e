-- Issue 11 §2: administrators edit a cycle's dates and titles. Like a report, a cycle carries a
-- version (its ETag) that every edit bumps, so that an edit made on a stale view answers 409
-- instead of silently overwriting a colleague's. Existing cycles start at version 0.
alter table reporting_cycle add column version integer not null default 0 check (version >= 0);
