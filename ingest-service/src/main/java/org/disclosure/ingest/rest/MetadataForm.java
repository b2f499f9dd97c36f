package org.disclosure.ingest.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.events.SubmissionMetadata;

/** Turns the optional metadata form fields into typed values, rejecting malformed ones by name. */
final class MetadataForm {

    private MetadataForm() {
    }

    static SubmissionMetadata parse(String agency, String regionCode, String year, String publishedOn,
            String sourceUrl) {
        return new SubmissionMetadata(blankToNull(agency), regionCode(regionCode), year(year), date(publishedOn),
                blankToNull(sourceUrl));
    }

    private static String regionCode(String value) {
        String code = blankToNull(value);
        if (code != null && !code.matches("\\d{6}")) {
            throw new InvalidRequestException("regionCode must be a 6-digit GB/T 2260 code, got '" + value + "'");
        }
        return code;
    }

    private static Integer year(String value) {
        String year = blankToNull(value);
        if (year == null) return null;
        if (!year.matches("\\d{4}")) {
            throw new InvalidRequestException("year must be a 4-digit year, got '" + value + "'");
        }
        return Integer.valueOf(year);
    }

    private static LocalDate date(String value) {
        String date = blankToNull(value);
        if (date == null) return null;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("publishedOn must be a date like 2022-02-15, got '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
