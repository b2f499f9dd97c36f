package org.disclosure.ingest.messaging;

import java.util.List;

/** A page of dead letters, with how many the dead-letter topics hold in all. */
public record DeadLetterBatch(long total, List<DeadLetter> items) {
}
