package org.disclosure.contracts.report;

import java.util.UUID;

/** How reports of one agency are matched across years: by its name, ignoring spacing. */
public final class AgencyKey {

    private AgencyKey() {
    }

    /** The key of the report's agency, or null when the parser found no agency. */
    public static String of(ParsedReport report) {
        return report.agency() == null ? null : report.agency().replaceAll("\\s+", "");
    }

    /** The Kafka message key for events about the report: its agency, or the submission when there is none. */
    public static String messageKey(ParsedReport report, UUID submissionId) {
        String agency = of(report);
        return agency != null ? agency : submissionId.toString();
    }
}
