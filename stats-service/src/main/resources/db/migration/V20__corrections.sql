-- A supervisor's correction of one misread cell (issue 13). The corrected report goes through validation again and
-- comes back as a version of its own whose id is the correction's id; the corrected version stays as it was.
create table correction (
    id                uuid primary key,
    -- ingest's submission the corrected report was read from (a correction of a correction keeps it)
    submission_id     uuid                     not null,
    -- the version that was corrected: the submission itself or an earlier correction
    corrected_version uuid                     not null,
    agency            text,
    region_code       char(6),
    report_year       integer,
    cell_key          varchar(100)             not null,
    old_value         numeric(20, 4),
    new_value         numeric(20, 4)           not null,
    reason            text                     not null,
    corrected_by      text                     not null,
    corrected_at      timestamp with time zone not null,
    -- when the re-validated version was stored; null while it is on its way through validation
    stored_at         timestamp with time zone
);

create index correction_submission on correction (submission_id);
create index correction_corrected_version on correction (corrected_version);
create index correction_corrected_at on correction (corrected_at desc);

-- the pass through the pipeline (ingest's attempt) a version belongs to: a correction's round trip reports its
-- steps with the same attempt, so ingest records them as repetitions and the submission's stage stays where it is
alter table report add column attempt integer;
