package org.disclosure.parser.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.parser.internal.text.Token;

/**
 * Rows printed so close together that their numbers share one line. Some exports (WPS PDFs with tight
 * rows are the common case) put the numbers of 1.属于国家秘密 and 2.其他法律行政法规禁止公开 on one text
 * line: the first row then holds 14 numbers where 7 belong and the second none. When a row holds k × n
 * cells (n its columns) and the k − 1 rows next to it in printed order — the rows after it, or else the
 * rows before it — were found with no cell at all, the cells are given out in printed order, n to a row,
 * and the rows remember it so that a parse issue names the line.
 *
 * @param position  this row's place among the rows sharing the line (0 first)
 * @param rows      the rows sharing the line, in printed order
 * @param cellCount how many cells the line held
 * @param firstCell the first cell of the line, where the issue points
 */
record SharedLine(int position, List<RowSpec> rows, int cellCount, Token firstCell) {

    /**
     * Gives out the cells of over-full rows to their empty neighbours, changing {@code cellsOf} in place.
     *
     * @param specs   the row of each anchor, in printed order (group headings included)
     * @param cellsOf the cells found after each anchor, untrimmed
     * @return the anchors whose cells now come from a shared line, by anchor index
     */
    static Map<Integer, SharedLine> giveOut(List<RowSpec> specs, List<List<Token>> cellsOf, TableSpec table) {
        Map<Integer, SharedLine> shared = new HashMap<>();
        for (int a = 0; a < specs.size(); a++) {
            RowSpec spec = specs.get(a);
            int columns = spec.columns().size();
            if (columns == 0 || cellsOf.get(a).size() < 2 * columns) continue;
            List<Token> cells = trimmed(cellsOf.get(a));
            if (cells.size() < 2 * columns || cells.size() % columns != 0) continue;
            int k = cells.size() / columns;
            List<Integer> group = emptyNeighbours(specs, cellsOf, table, a, k - 1, 1);
            if (group == null) group = emptyNeighbours(specs, cellsOf, table, a, k - 1, -1);
            if (group == null) continue;
            group.add(a);
            group.sort(null);
            List<RowSpec> rows = new ArrayList<>(k);
            for (int index : group) rows.add(specs.get(index));
            for (int r = 0; r < k; r++) {
                int index = group.get(r);
                cellsOf.set(index, new ArrayList<>(cells.subList(r * columns, (r + 1) * columns)));
                shared.put(index, new SharedLine(r, List.copyOf(rows), cells.size(), cells.getFirst()));
            }
        }
        return shared;
    }

    /**
     * The {@code count} data rows next to anchor {@code from} in direction {@code step}, when each has the
     * same columns, no cell, and they follow one another in the table's printed order without a row of
     * the table missing in between; null otherwise. Group headings between them are passed over.
     */
    private static List<Integer> emptyNeighbours(List<RowSpec> specs, List<List<Token>> cellsOf, TableSpec table,
            int from, int count, int step) {
        List<Integer> found = new ArrayList<>(count);
        int columns = specs.get(from).columns().size();
        int previousRow = table.rows().indexOf(specs.get(from));
        for (int a = from + step; a >= 0 && a < specs.size() && found.size() < count; a += step) {
            RowSpec spec = specs.get(a);
            int row = table.rows().indexOf(spec);
            if (!dataRowsBetweenAreHeadings(table, previousRow, row)) return null;
            previousRow = row;
            if (!spec.hasCells()) continue;
            if (spec.columns().size() != columns || !cellsOf.get(a).isEmpty()) return null;
            found.add(a);
        }
        return found.size() == count ? found : null;
    }

    private static boolean dataRowsBetweenAreHeadings(TableSpec table, int one, int other) {
        for (int r = Math.min(one, other) + 1; r < Math.max(one, other); r++) {
            if (table.rows().get(r).hasCells()) return false;
        }
        return true;
    }

    private static List<Token> trimmed(List<Token> cells) {
        int start = 0;
        int end = cells.size();
        while (start < end && cells.get(start).isBlank()) start++;
        while (end > start && cells.get(end - 1).isBlank()) end--;
        return cells.subList(start, end);
    }
}
