package org.disclosure.contracts.events;

/** The Kafka topics of the pipeline; each service's channel configuration refers to these names. */
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
