package org.disclosure.parser.internal.limit;

/**
 * Thrown when a document goes past one of the parser's limits (see {@link Budget}). The parser turns it into
 * a failure of that document alone, with a reason naming the limit; it never escapes {@code ReportParser}.
 * Unchecked so that it passes through PDFBox, POI and jsoup callbacks; every extractor that catches runtime
 * exceptions as "corrupt" rethrows it first.
 */
public final class LimitExceeded extends RuntimeException {

    /** Which limit a document went past. */
    public enum Limit {
        /** The wall-clock limit per document. */
        TIME,
        /** A table wider or longer than any report table, or too many table slots in all (span bombs). */
        GRID,
        /** Elements nested deeper than any real page. */
        NESTING,
        PAGES,
        /** Scanned pages to read by OCR. */
        SCANNED_PAGES,
        /** PDF objects in the cross-reference table. */
        OBJECTS,
        GLYPHS,
        /** Bytes decoded from a PDF's content streams. */
        DECODED_BYTES,
        LINES,
        LINE_LENGTH
    }

    private final Limit limit;

    public LimitExceeded(Limit limit, String detail) {
        super(limit + ": " + detail, null, false, false);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
