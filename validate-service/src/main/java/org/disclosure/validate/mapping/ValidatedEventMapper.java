package org.disclosure.validate.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.findings.Finding;

/**
 * Writes a {@link ReportValidated} event as JSON with its report taken as it is kept in the database: the report is
 * 30–60 KB of JSON that was written once already (when it was stored), so it is copied instead of written again.
 * The result reads back as the same {@code ReportValidated} (ValidatedEventMapperTest). The stored JSON is kept as
 * UTF-8 bytes and copied byte for byte ({@link RawJson}).
 */
@ApplicationScoped
public class ValidatedEventMapper {

    /** {@link ReportValidated}'s fields in its order, with the report as raw JSON. */
    record Event(UUID submissionId, String fileName, String sha256, SubmissionMetadata metadata,
            @JsonSerialize(using = RawJson.Serializer.class) byte[] report, List<Finding> findings,
            String ruleSetVersion, Instant validatedAt, Instant submittedAt, int attempt) {
    }

    /** {@code reportJson}: the canonical JSON of {@code validated.report()}, as {@link StoredReportMapper} wrote it. */
    public byte[] toJson(ReportValidated validated, byte[] reportJson) {
        try {
            return CanonicalJson.mapper().writeValueAsBytes(new Event(validated.submissionId(), validated.fileName(),
                    validated.sha256(), validated.metadata(), reportJson, validated.findings(),
                    validated.ruleSetVersion(), validated.validatedAt(), validated.submittedAt(), validated.attempt()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the validated event of " + validated.submissionId(), e);
        }
    }
}
