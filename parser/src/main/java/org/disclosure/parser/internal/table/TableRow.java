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
 */
record TableRow(RowSpec spec, Token label, List<Token> cells, boolean alignedBySpaces, SharedLine sharedLine) {

    TableRow(RowSpec spec, Token label, List<Token> cells, boolean alignedBySpaces) {
        this(spec, label, cells, alignedBySpaces, null);
    }
}
