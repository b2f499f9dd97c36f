package org.disclosure.ingest.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A record kept in a dead-letter topic, with what the connector noted about it in its headers: the topic,
 * partition and offset it came from and why it could not be handled. {@code key} and {@code value} are the
 * original bytes, sent back unchanged when the record is replayed; a listing keeps only the size and the first
 * bytes of each value ({@code value} null), since a canonical report may have megabytes.
 */
public record DeadLetter(String topic, int partition, long offset, byte[] key, byte[] value, int valueSize,
        byte[] valueHead, String originalTopic, Integer originalPartition, Long originalOffset, String reason,
        String cause, String exceptionClass, UUID submissionId, Instant deadLetteredAt) {

    /** The most of a value a listing keeps: 200 characters take at most this many bytes in UTF-8. */
    public static final int HEAD_BYTES = 800;
}
