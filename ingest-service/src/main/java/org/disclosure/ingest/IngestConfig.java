package org.disclosure.ingest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "disclosure.ingest")
public interface IngestConfig {

    /** The address other services use to fetch a submission's bytes (the claim check). */
    String publicUrl();

    /** The largest report file accepted. */
    @WithDefault("20M")
    MemorySize maxReportSize();

    /**
     * Files up to this size travel in the reports.submitted event itself; larger ones are fetched by parse-service
     * with the claim check. Below the broker's 1 MiB record limit once Base64 has grown it by a third.
     */
    @WithDefault("256K")
    MemorySize inlineContentMax();

    Batch batch();

    Intake intake();

    /**
     * A submission whose announcement Kafka has not acknowledged this long after it was stored (or sent again)
     * is announced again: the event was lost between the database commit and the broker.
     */
    @WithDefault("PT1M")
    Duration announceAfter();

    /**
     * A submission in progress (received, parsed, validated) whose stage has not changed for this long is stuck:
     * counted, listed, and announced again so that the idempotent pipeline runs it once more. Long enough that a
     * report merely queued behind a backlog is left alone.
     */
    @WithDefault("PT30M")
    Duration stuckAfter();

    /** How often unannounced and stuck submissions are looked for (read by the scheduler). */
    @WithDefault("60s")
    String republishEvery();

    /** How long after startup the first look happens (read by the scheduler). */
    @WithDefault("30s")
    String republishDelay();

    /**
     * What uploads may cost at once. Each upload in progress holds its bytes until it is answered, and parsing it
     * for its region takes a CPU: past {@code maxBytes} an upload is answered 429 with Retry-After instead of
     * waiting in a queue that nothing bounds, and at most {@code parsers} documents are parsed at once.
     */
    interface Intake {
        /**
         * The bytes all uploads in progress may hold together (a batch counts as one report of max-report-size,
         * every upload at least 64 KiB): the bound on the heap that uploads take.
         */
        @WithDefault("64M")
        MemorySize maxBytes();

        /** Documents parsed for their region at the same time (a worker pool of this size). */
        @WithDefault("4")
        int parsers();

        /** The wall-clock limit of parsing one document; past it the document's region is unknown. */
        @WithDefault("PT20S")
        Duration parseTimeLimit();

        /** What a 429 answer tells the client to wait, in seconds. */
        @WithDefault("10")
        int retryAfterSeconds();
    }

    interface Batch {
        /** The largest zip upload accepted. */
        @WithDefault("100M")
        MemorySize maxUploadSize();

        @WithDefault("500")
        int maxEntries();

        /** The most a batch may unpack to: the guard against zip bombs. */
        @WithDefault("256M")
        MemorySize maxUnpackedSize();
    }
}
