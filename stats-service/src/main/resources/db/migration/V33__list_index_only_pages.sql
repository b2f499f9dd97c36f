-- Issue 16, queries at volume: a deep page of the report list (the 300th of a national year, OFFSET 15,000) reads
-- the page's ids first (ReportRepository.page, a deferred join). The list's index then answers them alone, an
-- index-only scan, when it holds every column the query names: the version expression's own columns (PostgreSQL
-- only scans an expression index alone when the expression's columns are in it too), and the region code and error
-- count that a supervisor's scope and the errors filter test. Same name, columns and order as V6's index, which it
-- replaces.
drop index report_current_list_order;
create index report_current_list_order on report (report_year desc, agency, (coalesce(submitted_at, stored_at)) desc,
    submission_id) include (submitted_at, stored_at, region_code, error_count) where is_current;
