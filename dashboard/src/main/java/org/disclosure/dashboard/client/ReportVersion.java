package org.disclosure.dashboard.client;

import java.time.Instant;
import java.util.UUID;

/** One submitted version of an agency's report for a year. */
public record ReportVersion(UUID id, String fileName, Instant submittedAt, Instant storedAt, Instant validatedAt,
        boolean current, int errors, int warnings, int infos, String ruleSetVersion) {
}
