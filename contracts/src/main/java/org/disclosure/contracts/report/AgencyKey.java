package org.disclosure.contracts.report;

/** How reports of one agency are matched across years: by its name, ignoring spacing. */
public final class AgencyKey {

    private AgencyKey() {
    }

    /** The key of the report's agency, or null when the parser found no agency. */
    public static String of(ParsedReport report) {
        return report.agency() == null ? null : report.agency().replaceAll("\\s+", "");
    }
}
