package org.disclosure.parser.internal.extract;

/**
 * Turns one document format into the text the report reader understands: narrative as lines, table rows
 * as tab-separated cells decided from the format's own structure (real cells, or glyph geometry for PDF),
 * and a map back to where each piece stands in the original document.
 */
public interface DocumentExtractor {

    ExtractedText extract(byte[] content) throws RejectedDocument;
}
