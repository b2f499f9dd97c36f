-- Passes through the pipeline: a failed submission sent again is pass 2, and every step it reports carries the
-- pass, so that a late step of an earlier pass cannot undo a later one and each step is recorded once per pass.
alter table submission add column attempt integer not null default 1;
alter table status_entry add column attempt integer not null default 1;

-- Before passes were counted, every "received" by ingest-service opened one (the first at intake, the others
-- when a failed submission was sent again): number the existing history and submissions that way.
update status_entry e set attempt = greatest(1, (
    select count(*) from status_entry r
     where r.submission_id = e.submission_id and r.stage = 'RECEIVED' and r.service = 'ingest-service'
       and (r.occurred_at, r.id) <= (e.occurred_at, e.id)));
update submission s set attempt = greatest(1, (
    select count(*) from status_entry r
     where r.submission_id = s.id and r.stage = 'RECEIVED' and r.service = 'ingest-service'));

-- A step reported twice (redelivery, retry) was sometimes recorded twice: keep the earliest record of each.
delete from status_entry e using status_entry earlier
 where earlier.submission_id = e.submission_id and earlier.stage = e.stage and earlier.attempt = e.attempt
   and (earlier.occurred_at, earlier.id) < (e.occurred_at, e.id);
create unique index status_entry_step on status_entry (submission_id, stage, attempt);

-- announced_at: when Kafka acknowledged the reports.submitted event of the current pass (null: not yet).
-- progressed_at: when the stage last changed; updated_at also moves when a stuck submission is announced again.
alter table submission add column announced_at timestamp with time zone;
alter table submission add column progressed_at timestamp with time zone;
update submission set progressed_at = updated_at;
-- what got past "received" was evidently announced; what did not is announced once more, which is harmless
update submission set announced_at = submitted_at where stage <> 'RECEIVED';
alter table submission alter column progressed_at set not null;
create index submission_in_progress on submission (updated_at) where stage in ('RECEIVED', 'PARSED', 'VALIDATED');

-- Free text whose length limit protected nothing: a 400-character report title stopped the status channel with
-- "value too long for type character varying(300)". reason is text already.
alter table submission alter column file_name type text,
                       alter column content_type type text,
                       alter column agency type text,
                       alter column parsed_agency type text,
                       alter column source_url type text;
alter table status_entry alter column service type text;
