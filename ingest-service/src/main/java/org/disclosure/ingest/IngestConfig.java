package org.disclosure.ingest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "disclosure.ingest")
public interface IngestConfig {

    /** The address other services use to fetch a submission's bytes (the claim check). */
    String publicUrl();

    /** The largest report file accepted. */
    @WithDefault("20M")
    MemorySize maxReportSize();
}
