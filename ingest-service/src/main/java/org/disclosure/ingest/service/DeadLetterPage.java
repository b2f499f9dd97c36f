package org.disclosure.ingest.service;

import java.util.List;
import org.disclosure.ingest.messaging.DeadLetter;
import org.disclosure.ingest.repository.DeadLetterReplay;

/** Dead letters with their replays; {@code total} counts every dead letter the topics hold. */
public record DeadLetterPage(long total, List<Entry> items) {

    /** A dead letter and its replay, null when it was never replayed. */
    public record Entry(DeadLetter letter, DeadLetterReplay replay) {
    }
}
