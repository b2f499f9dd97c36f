package org.disclosure.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A service reports how far a submission got. {@code reason} explains a failure in words a
 * supervisor can read; {@code agency} and {@code year} are filled once parsing found them;
 * {@code attempt} is the pass of the submission through the pipeline the step belongs to, so that a
 * step reported twice (redelivery, retry) is recorded once and a late step of an earlier pass cannot
 * undo a later one.
 */
public record StatusChanged(UUID submissionId, Stage stage, String service, String reason, String agency,
        Integer year, Instant at, int attempt) {

    public StatusChanged {
        attempt = Attempts.normalised(attempt);
    }

    public static StatusChanged progressed(UUID submissionId, Stage stage, String service, String agency,
            Integer year, int attempt) {
        return new StatusChanged(submissionId, stage, service, null, agency, year, Instant.now(), attempt);
    }

    public static StatusChanged failed(UUID submissionId, Stage stage, String service, String reason, int attempt) {
        return new StatusChanged(submissionId, stage, service, reason, null, null, Instant.now(), attempt);
    }
}
