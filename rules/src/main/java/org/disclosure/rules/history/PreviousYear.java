package org.disclosure.rules.history;

import java.util.Optional;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.FindingBuilder;

/** The shared precondition of the cross-year rules: a previous-year report that really is for the year before. */
final class PreviousYear {

    private PreviousYear() {
    }

    /** A NOT_ASSESSABLE finding when the previous year's report is absent or for another year. */
    static Optional<Finding> unusable(Rule rule, ParsedReport report, ValidationContext context) {
        ParsedReport previous = context.previousYear();
        if (previous == null) {
            return Optional.of(FindingBuilder.notAssessable(rule)
                    .message("没有该机关上一年度的报告，无法进行跨年度核对",
                            "The agency's report for the year before is not available; the cross-year check cannot be made")
                    .build());
        }
        if (report.year() != null && previous.year() != null && previous.year() != report.year() - 1) {
            return Optional.of(FindingBuilder.notAssessable(rule)
                    .message("提供的上年报告为 " + previous.year() + " 年度，而非 " + (report.year() - 1) + " 年度，无法核对",
                            "The report given as last year's is for " + previous.year() + ", not " + (report.year() - 1)
                                    + "; the cross-year check cannot be made")
                    .build());
        }
        return Optional.empty();
    }
}
