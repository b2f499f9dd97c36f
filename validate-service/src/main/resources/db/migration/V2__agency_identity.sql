-- An agency is its region and its name (contracts AgencyKey): two provinces' 财政局 are two agencies, and one
-- province's upload must never become the previous year of the other's report. The region is the one the parser
-- read, or else the one the submitter named; rows without either keep the bare name, as before.
alter table stored_report alter column agency_key type text;
alter table stored_report alter column file_name type text;
update stored_report
   set agency_key = coalesce(report_json::jsonb -> 'region' ->> 'code', metadata_json::jsonb ->> 'regionCode')
                    || ':' || agency_key
 where agency_key is not null
   and coalesce(report_json::jsonb -> 'region' ->> 'code', metadata_json::jsonb ->> 'regionCode') is not null;

-- the pass of the submission through the pipeline: a re-validation reports its steps under the same attempt
alter table stored_report add column attempt integer not null default 1;
