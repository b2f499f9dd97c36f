package org.disclosure.parser.internal.report;

import java.util.List;
import org.disclosure.contracts.events.EventLimits;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;

/**
 * Bounds the free text the parser takes from a document into fields of the canonical report. The longest name of
 * a Chinese government agency is well under 60 characters; a title that runs on into the text (no line break in a
 * converted document, or a hostile one) must not carry hundreds of characters into every downstream store.
 */
public final class FieldBounds {

    /** The contract's limit, which every consumer checks. */
    public static final int MAX_AGENCY_LENGTH = EventLimits.MAX_AGENCY_LENGTH;

    private FieldBounds() {
    }

    /** The agency name, cut to {@link #MAX_AGENCY_LENGTH}, and the issue that tells so (null when not cut). */
    public record Bounded(String value, ParseIssue issue) {
    }

    public static Bounded agency(String agency) {
        if (agency == null || agency.codePointCount(0, agency.length()) <= MAX_AGENCY_LENGTH) {
            return new Bounded(agency, null);
        }
        String cut = agency.substring(0, agency.offsetByCodePoints(0, MAX_AGENCY_LENGTH));
        return new Bounded(cut, new ParseIssue(ParseIssueKind.FIELD_TOO_LONG, null, List.of("agency"),
                "≤ " + MAX_AGENCY_LENGTH + " characters", agency.codePointCount(0, agency.length()) + " characters: "
                        + cut.substring(0, Math.min(cut.length(), 30)) + "…", null));
    }
}
