package org.disclosure.contracts.report;

/** The raw text a cell value was read from and where it stands in the source document. */
public record CellSource(String raw, SourceLocation location) {
}
