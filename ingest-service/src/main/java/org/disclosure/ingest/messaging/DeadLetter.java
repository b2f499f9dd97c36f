package org.disclosure.ingest.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A record kept in a dead-letter topic, with what the connector noted about it in its headers: the topic,
 * partition and offset it came from and why it could not be handled. {@code key} and {@code value} are the
 * original bytes, sent back unchanged when the record is replayed.
 */
public record DeadLetter(String topic, int partition, long offset, byte[] key, byte[] value, String originalTopic,
        Integer originalPartition, Long originalOffset, String reason, String cause, String exceptionClass,
        UUID submissionId, Instant deadLetteredAt) {
}
