package org.disclosure.parser.internal.extract.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;

/**
 * Reads a PDF page that is a picture of a page (a scan, no text layer) into the same text layout as a page with
 * text: lines of running text, tab-separated table rows, each value with where it stands and how sure the reading
 * is. {@link PdfExtractor} hands it the scanned pages only; pages with text never go through it.
 */
public interface ScannedPageReader {

    /**
     * Writes one scanned page.
     *
     * @param pageIndex    the 0-based page
     * @param tablesBefore how many tables earlier pages held, so tables are numbered through the document
     * @return the number of tables on this page
     */
    int read(PDDocument document, int pageIndex, int tablesBefore, ExtractedTextBuilder out) throws IOException;

    /** The reader itself failed (its native library or model could not be loaded): not the document's fault. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
