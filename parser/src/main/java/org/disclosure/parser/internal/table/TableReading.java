package org.disclosure.parser.internal.table;

import java.util.List;
import org.disclosure.parser.internal.text.Token;

/**
 * What was read of one table: its rows and the lines it spans (0-based, inclusive), or no rows at all.
 *
 * @param columnHeads for a headerless table (四), the printed column headers (结果维持 … 总计) above its row
 *                    in printed order when there is one per column; empty otherwise
 */
public record TableReading(TableSpec spec, List<TableRow> rows, int firstLine, int lastLine, List<Token> columnHeads) {

    TableReading(TableSpec spec, List<TableRow> rows, int firstLine, int lastLine) {
        this(spec, rows, firstLine, lastLine, List.of());
    }

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
