package org.disclosure.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A report was accepted by ingest. The bytes are not in the message (claim check): parse-service
 * fetches them from {@code contentUrl}, so a large PDF costs Kafka no more than a small text.
 * {@code attempt} counts how often the submission was put through the pipeline (1, then 2 after it was sent
 * again following a failure); every later event and status of that pass carries it.
 */
public record ReportSubmitted(UUID submissionId, String fileName, String contentType, long size, String sha256,
        String contentUrl, SubmissionMetadata metadata, Instant submittedAt, int attempt) {

    public ReportSubmitted {
        attempt = Attempts.normalised(attempt);
    }
}
