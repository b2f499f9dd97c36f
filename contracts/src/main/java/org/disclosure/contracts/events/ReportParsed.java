package org.disclosure.contracts.events;

import java.time.Instant;
import java.util.UUID;
import org.disclosure.contracts.report.ParsedReport;

/**
 * parse-service read a submission into its canonical report. {@code submittedAt} is when ingest received it:
 * of two versions of one agency's report for a year, the later submitted one counts, whatever order the
 * events arrive in.
 */
public record ReportParsed(UUID submissionId, String fileName, String sha256, SubmissionMetadata metadata,
        ParsedReport report, Instant submittedAt, int attempt) {

    public ReportParsed {
        attempt = Attempts.normalised(attempt);
    }
}
