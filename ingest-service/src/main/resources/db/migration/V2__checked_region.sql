-- The region a submission was checked against at intake (read from the document, else named by the
-- submitter): who may see its status follows from it.
alter table submission add column checked_region char(6);
create index submission_checked_region on submission (checked_region);
