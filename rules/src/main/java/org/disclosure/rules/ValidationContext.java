package org.disclosure.rules;

import java.time.LocalDate;
import org.disclosure.contracts.report.ParsedReport;

/**
 * What the validator needs besides the report itself.
 *
 * @param previousYear          the same agency's report for the year before, or null (Y01–Y03 are then not assessable)
 * @param submittedPublishedOn  the publication date from the submission metadata, used by Q03 when the report
 *                              itself carries no date; may be null
 */
public record ValidationContext(ParsedReport previousYear, LocalDate submittedPublishedOn) {

    private static final ValidationContext NONE = new ValidationContext(null, null);

    public static ValidationContext none() {
        return NONE;
    }
}
