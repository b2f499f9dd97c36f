package org.disclosure.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A service reports how far a submission got. {@code reason} explains a failure in words a
 * supervisor can read; {@code agency} and {@code year} are filled once parsing found them.
 */
public record StatusChanged(UUID submissionId, Stage stage, String service, String reason, String agency,
        Integer year, Instant at) {

    public static StatusChanged progressed(UUID submissionId, Stage stage, String service, String agency,
            Integer year) {
        return new StatusChanged(submissionId, stage, service, null, agency, year, Instant.now());
    }

    public static StatusChanged failed(UUID submissionId, Stage stage, String service, String reason) {
        return new StatusChanged(submissionId, stage, service, reason, null, null, Instant.now());
    }
}
