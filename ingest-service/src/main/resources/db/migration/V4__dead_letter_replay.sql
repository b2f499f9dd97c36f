-- Dead letters live in the *.dlq topics; what the database keeps is who sent which one back, and when.
create table dead_letter_replay (
    dead_letter_topic     text    not null,
    dead_letter_partition integer not null,
    dead_letter_offset    bigint  not null,
    original_topic        text    not null,
    replays               integer not null default 1,
    replayed_by           text,
    replayed_at           timestamp with time zone not null,
    primary key (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
