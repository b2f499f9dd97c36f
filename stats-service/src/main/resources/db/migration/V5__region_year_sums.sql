-- Issue 16: indicators, trends and rankings over 100,000 reports read pre-aggregated sums instead of every input
-- cell of every report. Per region code (the report's own: a county, or a city or province for their own agencies)
-- and year, over the current versions only: how many reports, and per indicator input cell how many of them have
-- a number and its sum. A count is complete for an area when every report has it (rules CellSums.complete()).
-- An unknown region is '' and an unknown year 0, so that national figures still count such reports.
create table region_year_report (
    region_code varchar(6) not null,
    report_year integer    not null,
    reports     integer    not null,
    primary key (region_code, report_year)
);

create table region_year_cell (
    region_code varchar(6)   not null,
    report_year integer      not null,
    cell_key    varchar(100) not null,
    with_value  integer      not null,
    total       numeric      not null,
    primary key (region_code, report_year, cell_key)
);

-- Recomputes one region code and year from the current reports; ReportService calls it in the transaction that
-- stores a report (every version of an agency-year shares its region code and year, so one call covers them).
-- The lock serialises two stores in the same region and year, so that the later one's recount sees the earlier's
-- committed report (read committed: each statement reads what is committed when it starts). Locks are always taken
-- agency-year first, then region-year, so no two stores wait on each other in a cycle.
-- The input cells are the ones ReportCellRepository.INDICATOR_INPUTS selects; keep the two alike.
create function refresh_region_year_sums(p_region bpchar, p_year integer) returns void
language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('region_year_sums:' || p_region), p_year);
    delete from region_year_report where region_code = p_region and report_year = p_year;
    delete from region_year_cell where region_code = p_region and report_year = p_year;
    if p_region = '' or p_year = 0 then
        -- reports whose region or year nobody could read: rare, found without an index
        insert into region_year_report (region_code, report_year, reports)
        select p_region, p_year, count(*) from report r
         where r.is_current and coalesce(r.region_code, '') = p_region and coalesce(r.report_year, 0) = p_year
        having count(*) > 0;
        insert into region_year_cell (region_code, report_year, cell_key, with_value, total)
        select p_region, p_year, c.cell_key, count(c.cell_value), coalesce(sum(c.cell_value), 0)
          from report r join report_cell c on c.submission_id = r.submission_id
         where r.is_current and coalesce(r.region_code, '') = p_region and coalesce(r.report_year, 0) = p_year
           and (c.cell_key like 'apply.%.total' or c.cell_key = 'apply.new.natural'
                or c.cell_key like 'review.%' or c.cell_key like 'litigation%')
         group by c.cell_key;
    else
        insert into region_year_report (region_code, report_year, reports)
        select p_region, p_year, count(*) from report r
         where r.is_current and r.region_code = p_region and r.report_year = p_year
        having count(*) > 0;
        insert into region_year_cell (region_code, report_year, cell_key, with_value, total)
        select p_region, p_year, c.cell_key, count(c.cell_value), coalesce(sum(c.cell_value), 0)
          from report r join report_cell c on c.submission_id = r.submission_id
         where r.is_current and r.region_code = p_region and r.report_year = p_year
           and (c.cell_key like 'apply.%.total' or c.cell_key = 'apply.new.natural'
                or c.cell_key like 'review.%' or c.cell_key like 'litigation%')
         group by c.cell_key;
    end if;
end;
$$;

-- the reports stored so far
insert into region_year_report (region_code, report_year, reports)
select coalesce(r.region_code, ''), coalesce(r.report_year, 0), count(*)
  from report r where r.is_current
 group by coalesce(r.region_code, ''), coalesce(r.report_year, 0);

insert into region_year_cell (region_code, report_year, cell_key, with_value, total)
select coalesce(r.region_code, ''), coalesce(r.report_year, 0), c.cell_key, count(c.cell_value),
       coalesce(sum(c.cell_value), 0)
  from report r join report_cell c on c.submission_id = r.submission_id
 where r.is_current
   and (c.cell_key like 'apply.%.total' or c.cell_key = 'apply.new.natural'
        or c.cell_key like 'review.%' or c.cell_key like 'litigation%')
 group by coalesce(r.region_code, ''), coalesce(r.report_year, 0), c.cell_key;
