-- Deduplication is scoped to the region a submission was checked against (issue 10): the same bytes uploaded
-- for another province are that province's own submission, and its submitter learns nothing of the first one.
-- Submissions of national submitters whose region could not be read share the empty region.
alter table submission drop constraint submission_sha256_key;
create unique index submission_sha256_region on submission (sha256, coalesce(checked_region, ''));
