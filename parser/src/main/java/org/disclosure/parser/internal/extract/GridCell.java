package org.disclosure.parser.internal.extract;

import org.disclosure.contracts.report.SourceLocation;

/** One cell of an extracted table row: its text (blank for a slot covered by a merged cell) and where it stands. */
public record GridCell(String text, SourceLocation location) {

    public static SourceLocation reference(int table, int row, int column) {
        return new SourceLocation(null, null, null, "table " + table + ", row " + row + ", column " + column);
    }
}
