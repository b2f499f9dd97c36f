-- A batch comparison runs on one instance; when that instance stops (a restart, a crash, a scaled-down pod) its job
-- stays queued or running forever. The running instance writes heartbeat_at when it starts the job and after every
-- page; a job whose heartbeat is older than stats.comparison-jobs.stale-after is claimed by another instance
-- (ComparisonJobRecovery, SELECT … FOR UPDATE SKIP LOCKED, so one instance claims it) and run again from the start.
alter table comparison_job add column heartbeat_at timestamp with time zone;
update comparison_job set heartbeat_at = coalesce(started_at, requested_at) where status in ('queued', 'running');
