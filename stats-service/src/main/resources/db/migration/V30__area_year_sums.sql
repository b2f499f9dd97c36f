-- Issue 16, queries at volume (benchmark/QueryBenchmark, 100,000 reports).
--
-- 1. Indicators, trends and rankings of every city or province of a nation summed the
-- sums of every region code (V5) per request, 120,000 rows a year. The same sums are now kept per city and per
-- province as well, so such a table reads one row per area: the city of a region code is its first four digits
-- and '00', its province its first two and '0000' (service AggregationLevel, repository AreaGrouping); a province's
-- own departments belong to no city, reports of an unknown region ('') to no area.
--
-- 2. Compliance, findings by rule, coverage and the report list's total counted a nation's reports and findings per
-- request; the recount of a region code and year now keeps those counts as well: reports without an error, with a
-- late or unknown publication date (rule Q03, ComplianceService.DEADLINE_RULE), by a people's government
-- (人民政府, ReportRepository.GOVERNMENT_SUFFIX), and per rule and severity the reports with a violation and the
-- violations. Keep the rule and the suffix alike in both places.
alter table region_year_report add column error_free integer not null default 0;
alter table region_year_report add column deadline_late integer not null default 0;
alter table region_year_report add column deadline_unknown integer not null default 0;
alter table region_year_report add column government_reports integer not null default 0;
-- 3. Indicators of every county of a nation grouped 120,000 cell rows into one JSON object per county per request;
-- the recount now keeps that object beside the counts ({key: [with_value, total]}, as area_year_report.sums).
alter table region_year_report add column sums text not null default '{}';

create table region_year_rule (
    region_code varchar(6)  not null,
    report_year integer     not null,
    rule        varchar(10) not null,
    severity    varchar(10) not null,
    reports     integer     not null,
    findings    integer     not null,
    primary key (region_code, report_year, rule, severity)
);
create index region_year_rule_year_region on region_year_rule (report_year, region_code varchar_pattern_ops);
create table area_year_report (
    area_level  varchar(8) not null, -- 'city' or 'province'
    area_code   varchar(6) not null,
    report_year integer    not null,
    reports     integer    not null,
    -- the area's cells as one JSON object {key: [with_value, total]}: a table of 3,000 areas reads 3,000 rows
    sums        text       not null default '{}',
    primary key (area_level, report_year, area_code)
);

create table area_year_cell (
    area_level  varchar(8)   not null,
    area_code   varchar(6)   not null,
    report_year integer      not null,
    cell_key    varchar(100) not null,
    with_value  integer      not null,
    total       numeric      not null,
    primary key (area_level, report_year, area_code, cell_key)
);

-- The city and province a region code counts towards, in the order their rows are locked (level, then code).
create function region_areas(p_region varchar) returns table (area_level varchar, area_code varchar)
language sql immutable as $$
    select 'city'::varchar, substr(p_region, 1, 4) || '00'
     where p_region <> '' and p_region not like '__0000'
    union all
    select 'province'::varchar, substr(p_region, 1, 2) || '0000'
     where p_region <> ''
$$;

-- Adds a region code's change (new sums minus the stored ones) to its city and province, and writes their JSON
-- anew. Increments commute, so stores in different counties of one province need no lock of their own; the rows are
-- locked in one order (the areas' count rows by level and code, then their cell rows by level, code and cell), so two
-- stores never wait on each other in a cycle.
create function add_to_areas(p_region varchar, p_year integer, p_reports integer, p_keys varchar[],
        p_with integer[], p_totals numeric[]) returns void
language plpgsql as $$
begin
    insert into area_year_report (area_level, area_code, report_year, reports)
    select a.area_level, a.area_code, p_year, d.change
      from (select p_reports - coalesce((select s.reports from region_year_report s
                                          where s.region_code = p_region and s.report_year = p_year), 0) as change) d
     cross join region_areas(p_region) a
     order by a.area_level, a.area_code
        on conflict (area_level, report_year, area_code)
        do update set reports = area_year_report.reports + excluded.reports;

    insert into area_year_cell (area_level, area_code, report_year, cell_key, with_value, total)
    select a.area_level, a.area_code, p_year, d.cell_key, d.with_value, d.total
      from (select coalesce(f.cell_key, o.cell_key) as cell_key,
                   coalesce(f.with_value, 0) - coalesce(o.with_value, 0) as with_value,
                   coalesce(f.total, 0) - coalesce(o.total, 0) as total
              from unnest(p_keys, p_with, p_totals) as f (cell_key, with_value, total)
              full join (select s.cell_key, s.with_value, s.total from region_year_cell s
                          where s.region_code = p_region and s.report_year = p_year) o on o.cell_key = f.cell_key) d
     cross join region_areas(p_region) a
     where d.with_value <> 0 or d.total <> 0
     order by a.area_level, a.area_code, d.cell_key
        on conflict (area_level, report_year, area_code, cell_key)
        do update set with_value = area_year_cell.with_value + excluded.with_value,
                      total = area_year_cell.total + excluded.total;

    update area_year_report r
       set sums = coalesce((select jsonb_object_agg(c.cell_key, jsonb_build_array(c.with_value, c.total))
                              from area_year_cell c
                             where c.area_level = r.area_level and c.area_code = r.area_code
                               and c.report_year = r.report_year), '{}')::text
      from region_areas(p_region) a
     where r.area_level = a.area_level and r.area_code = a.area_code and r.report_year = p_year;
end;
$$;

-- V5's recount of one region code and year, now with the counts of (2), and carrying the change of the indicator
-- sums up to the code's city and province (before the code's own rows are replaced: the change is against them).
-- Same lock and order of locks as before.
create or replace function refresh_region_year_sums(p_region bpchar, p_year integer) returns void
language plpgsql as $$
declare
    v_region  varchar := p_region;
    v_ids     uuid[];
    v_reports integer;
    v_keys    varchar[];
    v_with    integer[];
    v_totals  numeric[];
begin
    perform pg_advisory_xact_lock(hashtext('region_year_sums:' || p_region), p_year);
    if p_region = '' or p_year = 0 then
        -- reports whose region or year nobody could read: rare, found without an index
        select coalesce(array_agg(r.submission_id), '{}') into v_ids from report r
         where r.is_current and coalesce(r.region_code, '') = p_region and coalesce(r.report_year, 0) = p_year;
    else
        select coalesce(array_agg(r.submission_id), '{}') into v_ids from report r
         where r.is_current and r.region_code = p_region and r.report_year = p_year;
    end if;
    v_reports := cardinality(v_ids);

    select array_agg(s.cell_key order by s.cell_key), array_agg(s.with_value order by s.cell_key),
           array_agg(s.total order by s.cell_key)
      into v_keys, v_with, v_totals
      from (select c.cell_key, count(c.cell_value)::integer as with_value, coalesce(sum(c.cell_value), 0) as total
              from report_cell c
             where c.submission_id = any (v_ids)
               and (c.cell_key like 'apply.%.total' or c.cell_key = 'apply.new.natural'
                    or c.cell_key like 'review.%' or c.cell_key like 'litigation%')
             group by c.cell_key) s;
    v_keys := coalesce(v_keys, '{}');
    v_with := coalesce(v_with, '{}');
    v_totals := coalesce(v_totals, '{}');

    perform add_to_areas(v_region, p_year, v_reports, v_keys, v_with, v_totals);

    delete from region_year_report where region_code = v_region and report_year = p_year;
    delete from region_year_cell where region_code = v_region and report_year = p_year;
    delete from region_year_rule where region_code = v_region and report_year = p_year;
    if v_reports = 0 then
        return;
    end if;
    insert into region_year_report (region_code, report_year, reports, error_free, deadline_late, deadline_unknown,
                                    government_reports, sums)
    select v_region, p_year, count(*), count(*) filter (where r.error_count = 0),
           count(*) filter (where exists (select 1 from finding f where f.submission_id = r.submission_id
                                             and f.rule = 'Q03' and f.status = 'violated')),
           count(*) filter (where exists (select 1 from finding f where f.submission_id = r.submission_id
                                             and f.rule = 'Q03' and f.status = 'not_assessable')),
           count(*) filter (where r.agency like '%人民政府'),
           (select coalesce(jsonb_object_agg(f.cell_key, jsonb_build_array(f.with_value, f.total)), '{}')::text
              from unnest(v_keys, v_with, v_totals) as f (cell_key, with_value, total))
      from report r
     where r.submission_id = any (v_ids);
    insert into region_year_cell (region_code, report_year, cell_key, with_value, total)
    select v_region, p_year, f.cell_key, f.with_value, f.total
      from unnest(v_keys, v_with, v_totals) as f (cell_key, with_value, total);
    insert into region_year_rule (region_code, report_year, rule, severity, reports, findings)
    select v_region, p_year, f.rule, f.severity, count(distinct f.submission_id), count(*)
      from finding f
     where f.submission_id = any (v_ids) and f.status = 'violated'
     group by f.rule, f.severity;
end;
$$;

-- the areas of the sums stored so far
insert into area_year_report (area_level, area_code, report_year, reports)
select a.area_level, a.area_code, s.report_year, sum(s.reports)
  from region_year_report s cross join region_areas(s.region_code) a
 group by 1, 2, 3;

insert into area_year_cell (area_level, area_code, report_year, cell_key, with_value, total)
select a.area_level, a.area_code, s.report_year, s.cell_key, sum(s.with_value), sum(s.total)
  from region_year_cell s cross join region_areas(s.region_code) a
 group by 1, 2, 3, 4;

-- the counts of (2) for the reports stored so far
update region_year_report s
   set error_free = c.error_free, deadline_late = c.deadline_late, deadline_unknown = c.deadline_unknown,
       government_reports = c.government_reports
  from (select coalesce(r.region_code, '') as region_code, coalesce(r.report_year, 0) as report_year,
               count(*) filter (where r.error_count = 0) as error_free,
               count(*) filter (where exists (select 1 from finding f where f.submission_id = r.submission_id
                                                 and f.rule = 'Q03' and f.status = 'violated')) as deadline_late,
               count(*) filter (where exists (select 1 from finding f where f.submission_id = r.submission_id
                                                 and f.rule = 'Q03' and f.status = 'not_assessable')) as deadline_unknown,
               count(*) filter (where r.agency like '%人民政府') as government_reports
          from report r where r.is_current group by 1, 2) c
 where s.region_code = c.region_code and s.report_year = c.report_year;

insert into region_year_rule (region_code, report_year, rule, severity, reports, findings)
select coalesce(r.region_code, ''), coalesce(r.report_year, 0), f.rule, f.severity, count(distinct f.submission_id),
       count(*)
  from finding f join report r on r.submission_id = f.submission_id
 where r.is_current and f.status = 'violated'
 group by 1, 2, 3, 4;

-- the JSON of the sums stored so far
update region_year_report s
   set sums = c.sums
  from (select region_code, report_year,
               jsonb_object_agg(cell_key, jsonb_build_array(with_value, total))::text as sums
          from region_year_cell group by 1, 2) c
 where s.region_code = c.region_code and s.report_year = c.report_year;

update area_year_report s
   set sums = c.sums
  from (select area_level, area_code, report_year,
               jsonb_object_agg(cell_key, jsonb_build_array(with_value, total))::text as sums
          from area_year_cell group by 1, 2, 3) c
 where s.area_level = c.area_level and s.area_code = c.area_code and s.report_year = c.report_year;

-- 4. The total of a list of reports with errors (hasErrors=true), which the kept counts do not answer: counted in the
-- index alone instead of reading every current report of the year.
create index report_current_with_errors on report (report_year, region_code bpchar_pattern_ops)
    where is_current and error_count > 0;
