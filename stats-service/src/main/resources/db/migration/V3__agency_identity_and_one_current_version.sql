-- An agency is its region and its name (contracts AgencyKey): two provinces' 财政局, or two cities' 鼓楼区人民政府,
-- are different agencies, and one's upload must never supersede the other's report. region_code is the region
-- the parser read, or else the one the submitter named, exactly what AgencyKey uses.
update report set agency_key = region_code || ':' || agency_key
 where agency_key is not null and region_code is not null;

-- Names and file names are whatever a document prints: a length limit there only turns a long title into a
-- failure. The codes keep their fixed widths.
alter table report alter column agency type text;
alter table report alter column agency_key type text;
alter table report alter column province type text;
alter table report alter column city type text;
alter table report alter column county type text;
alter table report alter column file_name type text;
alter table report alter column rule_set_version type text;

-- Before the database guarantees one current version per agency and year, settle any pair that has more:
-- the version submitted last stays current (as ReportService decides), ties broken by the later stored_at.
with ranked as (
    select submission_id,
           row_number() over (partition by agency_key, report_year
                              order by coalesce(submitted_at, stored_at) desc, stored_at desc, submission_id) as place
      from report
     where is_current and agency_key is not null and report_year is not null
)
update report set is_current = false
  from ranked
 where report.submission_id = ranked.submission_id and ranked.place > 1;

-- At most one current version per agency and year, whatever the number of consumers storing versions at once.
create unique index report_one_current_version on report (agency_key, report_year)
    where is_current and agency_key is not null and report_year is not null;
