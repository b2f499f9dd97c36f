package org.disclosure.parser.internal.extract;

/**
 * Thrown by an extractor when a document of a readable kind still cannot be read (corrupt, encrypted,
 * scanned); carries the reason, which the parser words for the supervisor. Checked, so no extractor
 * forgets the case.
 */
public final class RejectedDocument extends Exception {

    /** Why a document could not be read. */
    public enum Reason {
        PDF_CORRUPT,
        PDF_ENCRYPTED,
        /** Page images and no text layer. */
        PDF_SCANNED,
        PDF_WITHOUT_TEXT,
        /** Fonts without a character map: the text comes out as garbage. */
        PDF_GARBLED_TEXT,
        DOCX_CORRUPT,
        DOC_UNSUPPORTED,
        /** The bytes do not decode as text (a web page that is not one). */
        NOT_TEXT
    }

    private final Reason reason;

    public RejectedDocument(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
