package org.disclosure.parser;

/**
 * Thrown by an extractor when a document of a readable kind still cannot be read (corrupt, encrypted,
 * scanned); carries the reason the supervisor is shown. Checked, so no extractor forgets the case.
 */
final class RejectedDocument extends Exception {

    private final transient ParseResult.Failure failure;

    RejectedDocument(ParseResult.Failure failure) {
        super(failure.reasonEn(), null, false, false);
        this.failure = failure;
    }

    ParseResult.Failure failure() {
        return failure;
    }
}
