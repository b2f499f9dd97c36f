package org.disclosure.ingest.messaging;

/** Channel names; application.properties binds each to its Kafka topic (see contracts Topics). */
public final class Channels {
    public static final String SUBMITTED = "reports-submitted";
    public static final String STATUS = "reports-status";

    private Channels() {
    }
}
