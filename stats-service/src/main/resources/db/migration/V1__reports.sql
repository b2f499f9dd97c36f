-- One row per validated submission; earlier versions of an agency's report for a year stay with current = false.
create table report (
    submission_id    uuid primary key,
    agency           varchar(300),
    region_code      char(6),
    province_code    char(6),
    city_code        char(6),
    province         varchar(100),
    city             varchar(100),
    county           varchar(100),
    report_year      integer,
    format           varchar(10),
    published_on     date,
    file_name        varchar(500),
    sha256           char(64),
    rule_set_version varchar(40),
    report_json      text    not null,
    findings_json    text    not null,
    error_count      integer not null,
    warning_count    integer not null,
    info_count       integer not null,
    is_current       boolean not null,
    validated_at     timestamp with time zone,
    stored_at        timestamp with time zone not null
);

create index report_region_year on report (region_code, report_year);
create index report_agency_year on report (agency, report_year);

-- The facts, one per canonical cell, for aggregation over regions and years.
create table report_cell (
    submission_id uuid          not null references report (submission_id) on delete cascade,
    cell_key      varchar(100)  not null,
    cell_value    numeric(20, 4),
    primary key (submission_id, cell_key)
);

-- The findings, one per rule result, for filters and counts by rule.
create table finding (
    id            bigserial primary key,
    submission_id uuid        not null references report (submission_id) on delete cascade,
    rule          varchar(10) not null,
    severity      varchar(10) not null,
    status        varchar(20) not null,
    message_zh    text,
    message_en    text
);

create index finding_submission on finding (submission_id);
create index finding_rule on finding (rule);
