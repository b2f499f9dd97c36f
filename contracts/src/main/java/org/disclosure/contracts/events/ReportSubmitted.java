package org.disclosure.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A report was accepted by ingest. A small file's bytes travel in {@code content}; a large one's do not (claim
 * check): parse-service fetches them from {@code contentUrl}, so a large PDF costs Kafka no more than a small text.
 * {@code content} is null when the bytes are to be fetched (a large file, or an announcement made again later).
 * {@code attempt} counts how often the submission was put through the pipeline (1, then 2 after it was sent
 * again following a failure); every later event and status of that pass carries it.
 */
public record ReportSubmitted(UUID submissionId, String fileName, String contentType, long size, String sha256,
        String contentUrl, SubmissionMetadata metadata, Instant submittedAt, int attempt, byte[] content) {

    public ReportSubmitted {
        attempt = Attempts.normalised(attempt);
    }
}
