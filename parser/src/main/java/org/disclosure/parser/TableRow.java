package org.disclosure.parser;

import java.util.List;

/**
 * A row found in the text: its definition, the token its label was recognised in (null for a
 * headerless row) and the cells that followed it, with blank cells at either end already trimmed
 * (they are merged label cells and trailing tabs, not values).
 */
record TableRow(RowSpec spec, Token label, List<Token> cells) {
}
