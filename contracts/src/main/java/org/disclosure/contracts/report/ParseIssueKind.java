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
    PLACE_NAME_CORRECTED
}
