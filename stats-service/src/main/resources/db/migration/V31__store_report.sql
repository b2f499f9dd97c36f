-- Issue 16, CPU per stored report: storing a validated report took 8 to 10 statements through Hibernate (the
-- agency-year's lock, the lookup, the later-version check, the superseding, the row, the old cells and findings
-- removed, the cells, the findings, the sums), each a round trip with its own mapping work on both sides. It is one
-- statement now, with the same steps in the same order (ReportService.store). Returns whether the stored version is
-- current.
--
-- Versions: of the submissions for one agency (agency_key) and year the one submitted last (submitted_at; stored_at
-- for events without it) is current; a tie goes to the one stored last. The transaction-scoped advisory lock on the
-- agency-year places two versions one after the other, the partial unique index report_one_current_version is the
-- guarantee. A submission stored again (re-validation) keeps its stored_at and, when the event does not say, its
-- submitted_at; its cells and findings are written anew. p_cells is a JSON array of [key, value] pairs (a blank
-- cell's value is null); the finding rows are read from p_findings_json, the findings as the report keeps them.
alter table report add column indicator_inputs text not null default '{}';

create function store_report(p_id uuid, p_agency text, p_agency_key text, p_region_code bpchar,
        p_province_code bpchar, p_city_code bpchar, p_province text, p_city text, p_county text, p_year integer,
        p_format text, p_published_on date, p_file_name text, p_sha256 bpchar, p_rule_set_version text,
        p_report_json text, p_findings_json text, p_error_count integer, p_warning_count integer,
        p_info_count integer, p_validated_at timestamptz, p_submitted_at timestamptz, p_cells text,
        p_attempt integer)
    returns boolean
language plpgsql as $$
declare
    v_versioned    boolean := p_agency_key is not null and p_year is not null;
    v_stored       boolean;
    v_stored_at    timestamptz;
    v_submitted_at timestamptz;
    v_current      boolean := true;
    -- the indicator inputs as report.indicator_inputs keeps them (see the end of this file)
    v_inputs       text := coalesce((
        select jsonb_object_agg(cell ->> 0, (cell ->> 1)::numeric(20, 4))
          from jsonb_array_elements(p_cells::jsonb) cell
         where cell ->> 0 like 'apply.%.total' or cell ->> 0 = 'apply.new.natural'
            or cell ->> 0 like 'review.%' or cell ->> 0 like 'litigation%'), '{}')::text;
begin
    if v_versioned then
        perform pg_advisory_xact_lock(hashtext(p_agency_key), p_year);
    end if;
    select r.stored_at, r.submitted_at into v_stored_at, v_submitted_at from report r where r.submission_id = p_id;
    v_stored := found;
    if not v_stored then
        v_stored_at := now();
    end if;
    v_submitted_at := coalesce(p_submitted_at, v_submitted_at);

    -- without an agency or a year no other submission can be told to be the same report
    if v_versioned then
        v_current := not exists (
            select 1 from report r
             where r.agency_key = p_agency_key and r.report_year = p_year and r.submission_id <> p_id
               and coalesce(r.submitted_at, r.stored_at) > coalesce(v_submitted_at, v_stored_at));
        if v_current then
            update report set is_current = false
             where agency_key = p_agency_key and report_year = p_year and submission_id <> p_id and is_current
               and coalesce(submitted_at, stored_at) <= coalesce(v_submitted_at, v_stored_at);
        end if;
    end if;

    if v_stored then
        update report
           set agency = p_agency, agency_key = p_agency_key, region_code = p_region_code,
               province_code = p_province_code, city_code = p_city_code, province = p_province, city = p_city,
               county = p_county, report_year = p_year, format = p_format, published_on = p_published_on,
               file_name = p_file_name, sha256 = p_sha256, rule_set_version = p_rule_set_version,
               report_json = p_report_json, findings_json = p_findings_json, error_count = p_error_count,
               warning_count = p_warning_count, info_count = p_info_count, is_current = v_current,
               validated_at = p_validated_at, submitted_at = v_submitted_at, indicator_inputs = v_inputs,
               attempt = p_attempt
         where submission_id = p_id;
        delete from report_cell where submission_id = p_id;
        delete from finding where submission_id = p_id;
    else
        insert into report (submission_id, agency, agency_key, region_code, province_code, city_code, province, city,
                            county, report_year, format, published_on, file_name, sha256, rule_set_version,
                            report_json, findings_json, error_count, warning_count, info_count, is_current,
                            validated_at, stored_at, submitted_at, indicator_inputs, attempt)
        values (p_id, p_agency, p_agency_key, p_region_code, p_province_code, p_city_code, p_province, p_city,
                p_county, p_year, p_format, p_published_on, p_file_name, p_sha256, p_rule_set_version,
                p_report_json, p_findings_json, p_error_count, p_warning_count, p_info_count, v_current,
                p_validated_at, v_stored_at, v_submitted_at, v_inputs, p_attempt);
    end if;

    insert into report_cell (submission_id, cell_key, cell_value)
    select p_id, cell ->> 0, (cell ->> 1)::numeric
      from jsonb_array_elements(p_cells::jsonb) cell;

    insert into finding (submission_id, rule, severity, status, message_zh, message_en)
    select p_id, f ->> 'rule', f ->> 'severity', f ->> 'status', f ->> 'messageZh', f ->> 'messageEn'
      from jsonb_array_elements(p_findings_json::jsonb) with ordinality as listed (f, place)
     order by place;

    -- every version of an agency-year shares its region code and year: one recount covers whatever was superseded
    perform refresh_region_year_sums(coalesce(p_region_code, ''), coalesce(p_year, 0));
    return v_current;
end;
$$;

-- Indicators of agencies (one report each) and of filters the kept sums do not answer read the indicator inputs of
-- every selected report; a city's agencies took a scan of 226 cell rows per report. Each report now keeps its
-- inputs as one JSON object (key: value, null for a blank cell; the cells ReportCellRepository.INDICATOR_INPUTS
-- names, at the cells' numeric(20,4)), written by store_report; the column is added at the top of this file.

update report r
   set indicator_inputs = i.inputs
  from (select c.submission_id, jsonb_object_agg(c.cell_key, c.cell_value)::text as inputs
          from report_cell c
         where c.cell_key like 'apply.%.total' or c.cell_key = 'apply.new.natural'
            or c.cell_key like 'review.%' or c.cell_key like 'litigation%'
         group by c.submission_id) i
 where r.submission_id = i.submission_id;
