package org.disclosure.stats.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * One submitted version of an agency's report for a year, with its findings counts. {@code submittedAt} (null for
 * events from before it was known) orders the versions; without it {@code storedAt} does.
 */
public record ReportVersion(UUID id, String fileName, Instant submittedAt, Instant storedAt, Instant validatedAt,
        boolean current, int errors, int warnings, int infos, String ruleSetVersion) {
}
