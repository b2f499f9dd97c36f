-- Re-validations run as jobs: POST /api/revalidations stores the job and answers at once, the walk runs in the
-- background and writes its progress here after every page (and a heartbeat while a page takes long), and
-- GET /api/revalidations/{id} reads it. A restart loses nothing but the run itself: the events already published stay.
create table revalidation_job (
    id               uuid primary key,
    state            text not null check (state in ('running', 'done', 'failed')),
    rule_set_version text not null,
    -- the reports stored when the job started (the walk also meets those stored meanwhile)
    stored_reports   bigint not null,
    -- the reports published again and acknowledged by the broker so far
    reports          bigint not null default 0,
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    heartbeat_at     timestamp with time zone not null,
    reason           text
);

-- one re-validation at a time across every instance: a second insert of a running job fails (HTTP 409)
create unique index revalidation_job_one_running on revalidation_job (state) where state = 'running';
