-- Batch comparisons of a region between two years (issue 12): one row per region and pair of years, re-running it
-- replaces its result. The work runs in pages on a worker; done/total is the progress.
create table comparison_job (
    id           uuid primary key,
    region_code  char(6)     not null,
    left_year    integer     not null,
    right_year   integer     not null,
    status       varchar(20) not null,
    total        integer     not null,
    done         integer     not null,
    requested_by text,
    requested_at timestamp with time zone not null,
    started_at   timestamp with time zone,
    finished_at  timestamp with time zone,
    error        text,
    result_json  text
);

create unique index comparison_job_region_years on comparison_job (region_code, left_year, right_year);
