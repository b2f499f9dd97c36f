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

    private Topics() {
    }
}
