package org.disclosure.contracts.events;

import java.time.LocalDate;

/** What the submitter told about a report; every field is optional. */
public record SubmissionMetadata(String agency, String regionCode, Integer year, LocalDate publishedOn,
        String sourceUrl) {

    public static SubmissionMetadata empty() {
        return new SubmissionMetadata(null, null, null, null, null);
    }
}
