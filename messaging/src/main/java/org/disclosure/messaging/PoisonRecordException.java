package org.disclosure.messaging;

import java.util.UUID;

/**
 * A record that can never be handled, however often it is tried: unreadable bytes, an event without a
 * submission id, a value the database refuses. It goes to the dead-letter topic of its channel (with this
 * reason in its headers) and the channel goes on.
 */
public class PoisonRecordException extends RuntimeException {

    private final UUID submissionId;

    public PoisonRecordException(String reason, UUID submissionId, Throwable cause) {
        super(reason, cause);
        this.submissionId = submissionId;
    }

    public PoisonRecordException(String reason, UUID submissionId) {
        this(reason, submissionId, null);
    }

    /** The submission the record is about, or null when even that could not be read. */
    public UUID submissionId() {
        return submissionId;
    }
}
