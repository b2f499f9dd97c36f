package org.disclosure.contracts.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParsedReport;

/**
 * validate-service checked a canonical report against the rule set of the given version. {@code submittedAt}
 * (when ingest received the report) decides which version of an agency's report for a year is current.
 */
public record ReportValidated(UUID submissionId, String fileName, String sha256, SubmissionMetadata metadata,
        ParsedReport report, List<Finding> findings, String ruleSetVersion, Instant validatedAt,
        Instant submittedAt, int attempt) {

    public ReportValidated {
        attempt = Attempts.normalised(attempt);
    }
}
