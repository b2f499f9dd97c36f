package org.disclosure.stats.messaging;

/** Channel names; application.properties binds each to its Kafka topic (see contracts Topics). */
public final class Channels {
    public static final String VALIDATED = "reports-validated";
    public static final String STATUS = "reports-status";
    /** Corrected reports on their way to validation again. */
    public static final String PARSED = "reports-parsed";

    private Channels() {
    }
}
