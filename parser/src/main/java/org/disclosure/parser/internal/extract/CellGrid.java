package org.disclosure.parser.internal.extract;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.parser.internal.limit.Budget;
import org.disclosure.parser.internal.limit.LimitExceeded;

/**
 * A table laid out on its grid: a cell that spans rows or columns occupies every slot it covers, its
 * text in the top-left slot and blanks in the others. Emitted row by row, a merged label leaves blank
 * fields exactly where a converter writes them, so the reader sees each row's value cells in their
 * columns. Web pages, Word tables and ruled PDF tables all end up here.
 */
public final class CellGrid {

    private final int table;
    private final List<List<Slot>> rows = new ArrayList<>();

    /** A slot's text, where it was read, and whether it is the top-left of its cell. */
    private record Slot(String text, SourceLocation location, boolean origin) {
    }

    /** @param table the 1-based number of the table in the document, used in cell references */
    public CellGrid(int table) {
        this.table = table;
    }

    /**
     * Places a cell at the first free slot of a row, as HTML and Word lay cells out: slots already
     * covered by a cell spanning down from above are skipped.
     *
     * @return the 0-based grid column the cell was placed at
     */
    public int add(int row, String text, int rowSpan, int columnSpan, SourceLocation location) {
        int column = 0;
        while (slot(row, column) != null) column++;
        put(row, column, rowSpan, columnSpan, text, location);
        return column;
    }

    /** Places a cell at a known grid position (PDF tables, whose geometry gives the position). */
    public void put(int row, int column, int rowSpan, int columnSpan, String text, SourceLocation location) {
        SourceLocation where = location != null ? location : GridCell.reference(table, row + 1, column + 1);
        // spans are clamped and the grid bounded, so a cell claiming 1000 × 1000 slots cannot fill the heap
        int rows = Budget.span(rowSpan);
        int columns = Budget.span(columnSpan);
        if (row < 0 || column < 0 || (long) row + rows > Budget.MAX_GRID_ROWS
                || (long) column + columns > Budget.MAX_GRID_COLUMNS) {
            throw new LimitExceeded(LimitExceeded.Limit.GRID, "table " + table + " is wider than "
                    + Budget.MAX_GRID_COLUMNS + " columns or longer than " + Budget.MAX_GRID_ROWS + " rows");
        }
        Budget.addSlots((long) rows * columns);
        for (int r = row; r < row + rows; r++) {
            for (int c = column; c < column + columns; c++) {
                boolean origin = r == row && c == column;
                if (slot(r, c) == null) set(r, c, new Slot(origin ? text : "", where, origin));
            }
        }
    }

    /**
     * The rows of the grid, each as wide as the grid (a cell left empty at the end of a row is a blank
     * field like any other, so the fields still tell the columns); rows with no text at all are left out.
     */
    public List<List<GridCell>> rows() {
        List<List<GridCell>> out = new ArrayList<>();
        int width = 0;
        for (List<Slot> row : rows) width = Math.max(width, row.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Slot> row = rows.get(r);
            List<GridCell> cells = new ArrayList<>(width);
            boolean hasText = false;
            for (int c = 0; c < width; c++) {
                Slot slot = c < row.size() ? row.get(c) : null;
                if (slot == null) {
                    cells.add(new GridCell("", GridCell.reference(table, r + 1, c + 1)));
                } else {
                    cells.add(new GridCell(slot.text(), slot.location()));
                    hasText |= !slot.text().isBlank();
                }
            }
            if (hasText) out.add(cells);
        }
        return out;
    }

    int table() {
        return table;
    }

    private Slot slot(int row, int column) {
        if (row >= rows.size()) return null;
        List<Slot> slots = rows.get(row);
        return column < slots.size() ? slots.get(column) : null;
    }

    private void set(int row, int column, Slot slot) {
        while (rows.size() <= row) rows.add(new ArrayList<>());
        List<Slot> slots = rows.get(row);
        while (slots.size() <= column) slots.add(null);
        slots.set(column, slot);
    }
}
