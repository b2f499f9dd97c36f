package org.disclosure.stats.rest;

import java.time.Instant;
import java.util.UUID;
import org.disclosure.stats.comparison.BatchResult;

/** A batch comparison job: its state, its progress (pairs of reports compared of all), and its result when done. */
public record ComparisonJobView(UUID id, String region, int leftYear, int rightYear, String status, int total,
        int done, Instant requestedAt, Instant startedAt, Instant finishedAt, String error, BatchResult result) {
}
