package org.disclosure.parser.internal.extract;

import java.util.Map;
import org.disclosure.contracts.report.SourceLocation;

/**
 * The text an extractor produced and the map from its lines and columns back to the original document.
 *
 * @param scannedPages pages read by OCR (none for a document with a text layer)
 * @param confidence   for what OCR read: the location of each value (as the source map gives it) and how sure
 *                     the reading is, 0–100
 */
public record ExtractedText(String text, SourceMap sourceMap, int scannedPages, Map<SourceLocation, Float> confidence) {

    public ExtractedText(String text, SourceMap sourceMap) {
        this(text, sourceMap, 0, Map.of());
    }
}
