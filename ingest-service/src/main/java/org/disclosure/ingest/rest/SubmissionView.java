package org.disclosure.ingest.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.SubmissionMetadata;

/**
 * A submission's status through every stage, as served by GET /api/submissions/{id}. {@code attempt} is the
 * current pass through the pipeline; each step of the history names the pass it belongs to.
 */
public record SubmissionView(UUID id, String fileName, long size, String sha256, Stage stage, boolean failed,
        String reason, String agency, Integer year, SubmissionMetadata metadata, Instant submittedAt,
        Instant updatedAt, int attempt, Instant announcedAt, List<Step> history) {

    public record Step(Stage stage, String service, String reason, Instant at, int attempt) {
    }
}
