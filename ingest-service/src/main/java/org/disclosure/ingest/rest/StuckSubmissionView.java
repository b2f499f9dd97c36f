package org.disclosure.ingest.rest;

import java.time.Instant;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;

/**
 * A submission whose stage has not changed for longer than stuck-after, as listed by GET /api/submissions/stuck:
 * {@code progressedAt} is its last step, {@code updatedAt} also moves when it is announced again,
 * {@code announcedAt} is when Kafka last acknowledged its announcement (null: never).
 */
public record StuckSubmissionView(UUID id, String fileName, Stage stage, int attempt, Instant updatedAt,
        Instant announcedAt, Instant progressedAt) {
}
