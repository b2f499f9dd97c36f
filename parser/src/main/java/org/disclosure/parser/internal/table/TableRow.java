package org.disclosure.parser.internal.table;

import java.util.List;
import org.disclosure.parser.internal.text.Token;

/**
 * A row found in the text: its definition, the token its label was recognised in (null for a
 * headerless row) and the cells that followed it, with blank cells at either end already trimmed
 * (they are merged label cells and trailing tabs, not values).
 *
 * @param alignedBySpaces the row's cells stand on one line laid out in space-aligned columns
 *                        ({@code pdftotext -layout}), where a blank cell leaves only spaces and the
 *                        cells' positions tell their columns
 * @param sharedLine      the row's cells were printed on one line with other rows' and given out in
 *                        order (see {@link SharedLine}); null normally
 * @param fields          where the cells stand among the fields of their tab- or pipe-delimited line;
 *                        null for other layouts and rows spread over several lines
 */
record TableRow(RowSpec spec, Token label, List<Token> cells, boolean alignedBySpaces, SharedLine sharedLine,
        Fields fields) {

    TableRow(RowSpec spec, Token label, List<Token> cells, boolean alignedBySpaces) {
        this(spec, label, cells, alignedBySpaces, null, null);
    }

    /**
     * Where the cells of a row on one tab- or pipe-delimited line stand among the line's fields.
     *
     * @param cellFields the field of each cell
     * @param count      the fields of the line, empty ones at either end included
     * @param first      the first field that may hold a cell: the one after the label, 0 without one
     */
    record Fields(int[] cellFields, int count, int first) {
    }
}
