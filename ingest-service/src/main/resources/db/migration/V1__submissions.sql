create table submission (
    id            uuid primary key,
    file_name     varchar(500) not null,
    content_type  varchar(200),
    size          bigint       not null,
    sha256        char(64)     not null unique,
    agency        varchar(300),
    region_code   char(6),
    report_year   integer,
    published_on  date,
    source_url    varchar(2000),
    stage         varchar(40)  not null,
    reason        text,
    parsed_agency varchar(300),
    parsed_year   integer,
    submitted_at  timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

create table submission_content (
    submission_id uuid primary key references submission (id) on delete cascade,
    bytes         bytea not null
);

create table status_entry (
    id            bigserial primary key,
    submission_id uuid not null references submission (id) on delete cascade,
    stage         varchar(40) not null,
    service       varchar(100) not null,
    reason        text,
    occurred_at   timestamp with time zone not null
);

create index status_entry_submission on status_entry (submission_id);
