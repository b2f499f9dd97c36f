package org.disclosure.parser;

/** The text an extractor produced and the map from its lines and columns back to the original document. */
record ExtractedText(String text, SourceMap sourceMap) {
}
