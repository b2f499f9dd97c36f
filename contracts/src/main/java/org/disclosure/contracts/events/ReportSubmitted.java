package org.disclosure.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A report was accepted by ingest. The bytes are not in the message (claim check): parse-service
 * fetches them from {@code contentUrl}, so a large PDF costs Kafka no more than a small text.
 */
public record ReportSubmitted(UUID submissionId, String fileName, String contentType, long size, String sha256,
        String contentUrl, SubmissionMetadata metadata, Instant submittedAt) {
}
