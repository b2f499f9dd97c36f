package org.disclosure.validate.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.events.ReportParsed;

/**
 * The previous year of each report among one agency's reports: of several versions of a year, the one received
 * last counts, as in {@link ReportHistory#find}.
 */
final class PreviousYears {

    private final Map<Integer, ReportParsed> latestByYear = new HashMap<>();

    /** {@code reports}: one agency's reports in any order. */
    PreviousYears(List<ReportParsed> reports) {
        for (ReportParsed report : reports) {
            Integer year = report.report().year();
            if (year == null) continue;
            latestByYear.merge(year, report, PreviousYears::later);
        }
    }

    /** The latest report of the year before this one's, or null. */
    ReportParsed of(ReportParsed report) {
        Integer year = report.report().year();
        return year == null ? null : latestByYear.get(year - 1);
    }

    private static ReportParsed later(ReportParsed one, ReportParsed other) {
        if (one.submittedAt() == null) return other;
        if (other.submittedAt() == null) return one;
        int order = other.submittedAt().compareTo(one.submittedAt());
        if (order != 0) return order > 0 ? other : one;
        return other.submissionId().compareTo(one.submissionId()) > 0 ? other : one;
    }
}
