package org.disclosure.validate.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.report.AgencyKey;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.validate.repository.StoredReport;

/** Converts between the parsed-report event and the row that keeps it as history. */
@ApplicationScoped
public class StoredReportMapper {

    public StoredReport toEntity(ReportParsed event) {
        StoredReport stored = new StoredReport();
        stored.submissionId = event.submissionId();
        stored.agencyKey = AgencyKey.of(event.report(), event.metadata());
        stored.attempt = event.attempt();
        stored.year = event.report().year();
        stored.fileName = event.fileName();
        stored.sha256 = event.sha256();
        stored.reportJson = bytes(event.report());
        stored.metadataJson = CanonicalJson.write(event.metadata());
        // the order ingest received them in, not the order they reach this service, decides the latest version
        stored.receivedAt = event.submittedAt() != null ? event.submittedAt() : Instant.now();
        return stored;
    }

    public ReportParsed toEvent(StoredReport stored) {
        return new ReportParsed(stored.submissionId, stored.fileName, stored.sha256,
                stored.metadataJson == null ? SubmissionMetadata.empty()
                        : CanonicalJson.read(stored.metadataJson, SubmissionMetadata.class),
                report(stored.reportJson), stored.receivedAt, stored.attempt);
    }

    /** The stored report, read straight from its UTF-8 bytes ({@link ParsedReportReader}). */
    public static ParsedReport report(byte[] json) {
        try {
            return ParsedReportReader.read(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON is not a readable ParsedReport", e);
        }
    }

    private static byte[] bytes(ParsedReport report) {
        try {
            return CanonicalJson.mapper().writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }
}
