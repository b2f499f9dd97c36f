package org.disclosure.stats.repository;

import java.util.UUID;

/**
 * A report's indicator inputs with the version of its row ({@code xmin}, the transaction that last wrote it: storing,
 * superseding or re-validating it writes the row anew). {@code inputs} is null when only the versions were read.
 */
public record VersionedInput(UUID submissionId, String regionCode, String agency, Integer year, long version,
        String inputs) {

    public IndicatorInput input() {
        return new IndicatorInput(submissionId, regionCode, agency, year, inputs);
    }
}
