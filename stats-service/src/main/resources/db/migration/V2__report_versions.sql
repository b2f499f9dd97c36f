-- Which version of an agency's report for a year is current no longer depends on the order the events
-- arrive in: the one submitted last (submitted_at, from ingest; stored_at for events without it) wins.
alter table report add column submitted_at timestamp with time zone;

-- Versions are matched by the agency key of contracts AgencyKey (the name without whitespace), so that
-- "某某县 人民政府" and "某某县人民政府" are one agency; the backfill removes the same characters as Java's \s.
alter table report add column agency_key varchar(300);
update report set agency_key = regexp_replace(agency, '[ \t\n\r\f\v]+', '', 'g') where agency is not null;

-- supersede and history look versions up by key and year; the raw name no longer identifies an agency
create index report_agency_key_year on report (agency_key, report_year);
drop index report_agency_year;
