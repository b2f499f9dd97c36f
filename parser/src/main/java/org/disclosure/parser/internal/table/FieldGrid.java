package org.disclosure.parser.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.parser.internal.text.Token;

/**
 * Places the cells of a short row by the fields of its tab- or pipe-delimited line. In these layouts a
 * blank cell is an empty field, so a row that shows fewer values than the format's columns still has
 * every column's field: the value columns are the last fields of the line, before any trailing empty
 * fields the converter writes after every row (learnt from the table's complete rows with the same
 * number of columns). A 行政复议 group left empty thus keeps the 行政诉讼 numbers in their own columns.
 */
final class FieldGrid {

    private final int tail;

    private FieldGrid(int tail) {
        this.tail = tail;
    }

    /**
     * The trailing empty fields every complete delimited row with {@code columns} cells has after its
     * last cell (none when no such row shows it), or null when complete rows disagree.
     */
    static FieldGrid learn(List<TableRow> rows, int columns) {
        List<Integer> tails = new ArrayList<>();
        for (TableRow row : rows) {
            TableRow.Fields fields = row.fields();
            if (fields == null || row.cells().size() != columns || row.spec().columns().size() != columns) continue;
            tails.add(fields.count() - 1 - fields.cellFields()[columns - 1]);
        }
        if (tails.isEmpty()) return new FieldGrid(0);
        int tail = tails.getFirst();
        for (int other : tails) {
            if (other != tail) return null;
        }
        return new FieldGrid(tail);
    }

    /**
     * The row's cells placed by field, an empty column standing for a blank cell (null), or null when the
     * line has too few fields for the columns or a cell stands outside them.
     */
    List<Token> place(TableRow row) {
        TableRow.Fields fields = row.fields();
        int columns = row.spec().columns().size();
        int start = fields.count() - tail - columns;
        if (start < fields.first()) return null;
        Token[] placed = new Token[columns];
        for (int i = 0; i < row.cells().size(); i++) {
            int column = fields.cellFields()[i] - start;
            if (column < 0 || column >= columns) return null;
            placed[column] = row.cells().get(i);
        }
        return java.util.Arrays.asList(placed);
    }
}
