package org.disclosure.ingest.messaging;

/** Channel names; application.properties binds each to its Kafka topic (see contracts Topics). */
public final class Channels {
    public static final String SUBMITTED = "reports-submitted";
    public static final String STATUS = "reports-status";
    /** Dead letters sent back to the topic they came from; each message names its topic. */
    public static final String DEAD_LETTER_REPLAYS = "dead-letter-replays";

    private Channels() {
    }
}
