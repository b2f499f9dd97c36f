package org.disclosure.contracts.report;

/** Problems the parser recovered from; the validator turns them into findings. */
public enum ParseIssueKind {
    /** A table row had more or fewer cells than the format has columns (rule S04). */
    ROW_CELL_COUNT,
    /** A table label deviates from the standard wording, or a row belongs to the other format (rule Q05). */
    NONSTANDARD_LABEL,
    /** A cell that should hold a number is blank, "/", "-" or "无" (rule Q04). */
    BLANK_CELL,
    /** A standard table was found but could not be read (rule S02). */
    TABLE_UNREADABLE,
    /** A name the document prints is longer than any real one (a title run on into the text): it was cut. */
    FIELD_TOO_LONG,
    /**
     * A place name printed one character off (an OCR or conversion look-alike) was read as the unique
     * division within one character of it: expected holds the division's name, found the printed one.
     */
    PLACE_NAME_CORRECTED,
    /**
     * A value read by OCR from a scanned page with a confidence below the parser's threshold: found holds the
     * value read and its confidence; the location names the page, the cell and its box on the scan.
     */
    LOW_CONFIDENCE,
    /**
     * A value read by OCR that makes the table's own identities (A01–A04) fail, where one digit read otherwise
     * would make them hold: found is the value read, expected the suggested one. The value is never changed.
     */
    OCR_SUSPECT_DIGIT
}
