package org.disclosure.parser.internal.table;

import java.util.List;

/**
 * What was read of one table: its rows and the lines it spans (0-based, inclusive), or no rows at all.
 */
public record TableReading(TableSpec spec, List<TableRow> rows, int firstLine, int lastLine) {

    static TableReading empty(TableSpec spec) {
        return new TableReading(spec, List.of(), -1, -1);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public boolean spans(int line) {
        return !isEmpty() && line >= firstLine && line <= lastLine;
    }
}
