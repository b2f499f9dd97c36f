package org.disclosure.ingest.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A record the pipeline could not handle, as listed by GET /api/dead-letters: where it is kept, where it came
 * from, why it failed, the start of its value, and whether it was sent back to its topic.
 */
public record DeadLetterView(String deadLetterTopic, int partition, long offset, String key, String originalTopic,
        Integer originalPartition, Long originalOffset, String reason, String cause, String exceptionClass,
        UUID submissionId, int valueSize, String valueStart, Instant deadLetteredAt, boolean replayed,
        Instant replayedAt, String replayedBy, int replays) {

    /** A page of dead letters: {@code total} counts them all, {@code skip} and {@code limit} as asked. */
    public record Page(long total, long skip, int limit, List<DeadLetterView> items) {
    }
}
