package org.disclosure.validate.messaging;

/** Channel names; application.properties binds each to its Kafka topic (see contracts Topics). */
public final class Channels {
    public static final String PARSED = "reports-parsed";
    public static final String VALIDATED = "reports-validated";
    /** The same topic as {@link #VALIDATED}, on a producer that batches: re-validation's results. */
    public static final String REVALIDATED = "reports-revalidated";
    public static final String STATUS = "reports-status";
    /** The same topic as {@link #STATUS}, on a producer that batches: re-validation's statuses. */
    public static final String REVALIDATED_STATUS = "reports-revalidated-status";

    private Channels() {
    }
}
