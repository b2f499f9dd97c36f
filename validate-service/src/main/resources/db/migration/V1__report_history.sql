-- The canonical reports validate-service has seen: the history cross-year rules compare against.
create table stored_report (
    submission_id uuid primary key,
    agency_key    varchar(300),
    report_year   integer,
    file_name     varchar(500),
    sha256        char(64),
    report_json   text not null,
    metadata_json text,
    received_at   timestamp with time zone not null
);

create index stored_report_agency_year on stored_report (agency_key, report_year);
