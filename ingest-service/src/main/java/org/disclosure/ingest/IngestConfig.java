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

    Batch batch();

    /** A submission still "received" after this long is announced to parse-service again. */
    @WithDefault("PT5M")
    Duration republishAfter();

    /** How often stranded submissions are looked for (read by the scheduler). */
    @WithDefault("60s")
    String republishEvery();

    /** How long after startup the first look happens (read by the scheduler). */
    @WithDefault("30s")
    String republishDelay();

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
