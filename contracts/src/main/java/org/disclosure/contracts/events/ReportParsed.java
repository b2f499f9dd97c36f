package org.disclosure.contracts.events;

import java.util.UUID;
import org.disclosure.contracts.report.ParsedReport;

/** parse-service read a submission into its canonical report. */
public record ReportParsed(UUID submissionId, String fileName, String sha256, SubmissionMetadata metadata,
        ParsedReport report) {
}
