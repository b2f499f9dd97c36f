package org.disclosure.contracts.events;

/**
 * The Kafka topics of the pipeline. Each service's application.properties binds its channels to these names
 * (deploy/k8s-tests checks that every one is declared). Events about a report are keyed by its agency from
 * reports.parsed on, so that all versions and years of one agency are handled in order by one consumer.
 */
public final class Topics {
    /** ingest → parse: a report was received and its bytes stored. */
    public static final String SUBMITTED = "reports.submitted";
    /** parse → validate: the canonical report. */
    public static final String PARSED = "reports.parsed";
    /** validate → stats: the canonical report with its findings. */
    public static final String VALIDATED = "reports.validated";
    /** parse, validate, stats → ingest: progress and failures of each submission. */
    public static final String STATUS = "reports.status";

    /** The topics a service consumes; each has a dead-letter topic. */
    public static final java.util.List<String> CONSUMED = java.util.List.of(SUBMITTED, PARSED, VALIDATED, STATUS);

    /**
     * Where the records of a topic go that could not be handled at all (undeserialisable, refused by the
     * database, a bug): kept whole with the reason in headers, listed and replayed by ingest-service.
     */
    public static String deadLetters(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
