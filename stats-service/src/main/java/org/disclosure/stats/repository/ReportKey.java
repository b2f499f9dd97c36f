package org.disclosure.stats.repository;

import java.util.UUID;

/** Which current report an agency has for a year: what a batch comparison pairs by agency. */
public record ReportKey(UUID submissionId, String agencyKey, String agency, String regionCode, Integer year) {
}
