-- Issue 16, queries at volume (measured with benchmark/QueryBenchmark over 100,000 reports): every statistic reads
-- the current reports of a year inside an area, and areas are code prefixes (LIKE '23%'). The pattern_ops classes
-- let a prefix LIKE use the index whatever the database's collation; only current versions are indexed.
create index report_current_year_region on report (report_year, region_code bpchar_pattern_ops) where is_current;
create index report_current_region on report (region_code bpchar_pattern_ops) where is_current;
-- the list's order (ReportRepository.page), so that its first pages need no sort of a whole nation's reports
create index report_current_list_order on report (report_year desc, agency, (coalesce(submitted_at, stored_at)) desc,
    submission_id) where is_current;
-- findings by rule and status (compliance's Q03 counts, findings by rule, the list's rule filter)
create index finding_rule_status on finding (rule, status, submission_id);
drop index finding_rule;
-- the stored sums of a year inside an area
create index region_year_cell_year_region on region_year_cell (report_year, region_code varchar_pattern_ops);
create index region_year_report_year_region on region_year_report (report_year, region_code varchar_pattern_ops);
