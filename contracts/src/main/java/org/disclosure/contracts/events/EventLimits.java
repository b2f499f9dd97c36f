package org.disclosure.contracts.events;

import org.disclosure.contracts.report.ParsedReport;

/**
 * Limits every event keeps, checked by each consumer as it reads a record. The parser bounds what it takes from a
 * document (an agency name is cut to {@link #MAX_AGENCY_LENGTH}, with a parse issue), so an event beyond a limit
 * did not come from the pipeline as built: it is a poison record for the dead-letter topic, never a value that
 * reaches a database.
 */
public final class EventLimits {

    /** Longer than any real agency name (GB/T 2260 place names plus the longest department names). */
    public static final int MAX_AGENCY_LENGTH = 100;

    private EventLimits() {
    }

    /** What is wrong with the event, in words for the dead-letter reason, or null when it keeps the limits. */
    public static String violation(Object event) {
        return switch (event) {
            case ReportParsed parsed -> reportViolation(parsed.report());
            case ReportValidated validated -> reportViolation(validated.report());
            case StatusChanged status -> agencyViolation(status.agency());
            default -> null;
        };
    }

    private static String reportViolation(ParsedReport report) {
        if (report == null) return "the event holds no canonical report";
        return agencyViolation(report.agency());
    }

    private static String agencyViolation(String agency) {
        if (agency == null) return null;
        int length = agency.codePointCount(0, agency.length());
        return length <= MAX_AGENCY_LENGTH ? null
                : "an agency name of " + length + " characters (at most " + MAX_AGENCY_LENGTH + ")";
    }
}
