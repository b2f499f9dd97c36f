package org.disclosure.validate.mapping;

import jakarta.enterprise.context.ApplicationScoped;
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
        stored.reportJson = CanonicalJson.write(event.report());
        stored.metadataJson = CanonicalJson.write(event.metadata());
        // the order ingest received them in, not the order they reach this service, decides the latest version
        stored.receivedAt = event.submittedAt() != null ? event.submittedAt() : Instant.now();
        return stored;
    }

    public ReportParsed toEvent(StoredReport stored) {
        return new ReportParsed(stored.submissionId, stored.fileName, stored.sha256,
                stored.metadataJson == null ? SubmissionMetadata.empty()
                        : CanonicalJson.read(stored.metadataJson, SubmissionMetadata.class),
                CanonicalJson.read(stored.reportJson, ParsedReport.class), stored.receivedAt, stored.attempt);
    }
}
