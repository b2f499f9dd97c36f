package org.disclosure.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the submitter told about a report; every field is optional.
 *
 * @param correctionId set only by stats-service when it sends a supervisor's correction of a stored report
 *                     through validation again: the id of the correction, and so of the version it becomes.
 *                     Services on the way pass the metadata on untouched; for uploads it is absent.
 */
public record SubmissionMetadata(String agency, String regionCode, Integer year, LocalDate publishedOn,
        String sourceUrl, @JsonInclude(JsonInclude.Include.NON_NULL) UUID correctionId) {

    public SubmissionMetadata(String agency, String regionCode, Integer year, LocalDate publishedOn,
            String sourceUrl) {
        this(agency, regionCode, year, publishedOn, sourceUrl, null);
    }

    public static SubmissionMetadata empty() {
        return new SubmissionMetadata(null, null, null, null, null);
    }

    /** The same metadata for a correction's pass through validation. */
    public SubmissionMetadata withCorrection(UUID correction) {
        return new SubmissionMetadata(agency, regionCode, year, publishedOn, sourceUrl, correction);
    }
}
