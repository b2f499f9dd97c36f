package org.disclosure.parser.internal.extract;

/** The text an extractor produced and the map from its lines and columns back to the original document. */
public record ExtractedText(String text, SourceMap sourceMap) {
}
