package org.disclosure.parser.internal.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.parser.internal.text.CellValue;
import org.disclosure.parser.internal.text.Token;

/**
 * Turns the rows read from the tables into canonical cells, keeping where each value came from and
 * noting what the validator must hear about: rows with the wrong number of cells, blank cells, and
 * rows printed the way the other format prints them.
 */
public final class CellRecorder {

    private static final String NUMBER_EXPECTED = "a number";

    private final FormatVersion format;
    private final Map<String, BigDecimal> cells = new LinkedHashMap<>();
    private final Map<String, CellSource> sources = new LinkedHashMap<>();
    private final List<ParseIssue> issues = new ArrayList<>();

    public CellRecorder(FormatVersion format) {
        this.format = format;
    }

    public void record(TableReading table) {
        String tableId = table.spec().table();
        Map<Integer, ColumnGrid> grids = new HashMap<>();
        Map<Integer, FieldGrid> fieldGrids = new HashMap<>();
        for (TableRow row : table.rows()) {
            int columns = row.spec().columns().size();
            List<Token> placed = null;
            if (row.cells().size() < columns && row.alignedBySpaces()) {
                ColumnGrid grid = grids.computeIfAbsent(columns, n -> {
                    ColumnGrid learnt = ColumnGrid.learn(table.rows(), n);
                    return learnt != null || table.columnHeads().isEmpty() ? learnt : ColumnGrid.fromHeads(table.columnHeads());
                });
                if (grid != null) placed = grid.place(row.cells());
            } else if (row.cells().size() < columns && row.fields() != null) {
                FieldGrid grid = fieldGrids.computeIfAbsent(columns, n -> FieldGrid.learn(table.rows(), n));
                if (grid != null) placed = grid.place(row);
            }
            record(tableId, row, placed);
        }
    }

    public void tableMissing(String tableId) {
        issues.add(new ParseIssue(ParseIssueKind.TABLE_UNREADABLE, tableId, List.of(), "table " + tableId,
                "not found", null));
    }

    public void issue(ParseIssue issue) {
        issues.add(issue);
    }

    public Map<String, BigDecimal> cells() {
        return cells;
    }

    public Map<String, CellSource> sources() {
        return sources;
    }

    public List<ParseIssue> issues() {
        return issues;
    }

    /**
     * @param placedByPosition the cells of a space-aligned row placed in their columns by position, in
     *                         which an empty column is a blank cell; null to align by count and arithmetic
     */
    private void record(String tableId, TableRow row, List<Token> placedByPosition) {
        RowSpec spec = row.spec();
        if (cells.containsKey(spec.key(0))) return;
        noteRowFromOtherFormat(tableId, row);
        noteSharedLine(tableId, row.sharedLine());
        int columns = spec.columns().size();
        if (row.cells().isEmpty()) {
            for (int c = 0; c < columns; c++) put(tableId, spec.key(c), "", "", row.label().location());
            return;
        }
        List<Token> aligned = placedByPosition;
        if (aligned == null) {
            if (row.cells().size() != columns) {
                issues.add(new ParseIssue(ParseIssueKind.ROW_CELL_COUNT, tableId, spec.keys(), columns + " cells",
                        row.cells().size() + " cells", rowLocation(row)));
            }
            aligned = RowAligner.align(row.cells(), spec);
        }
        for (int c = 0; c < columns; c++) {
            Token cell = aligned.get(c);
            if (cell != null) put(tableId, spec.key(c), cell.raw(), cell.label(), cell.location());
            else if (placedByPosition != null) put(tableId, spec.key(c), "", "", rowLocation(row));
        }
    }

    private void put(String tableId, String key, String raw, String label, SourceLocation location) {
        BigDecimal value = CellValue.read(label, key.endsWith("amount_wan"));
        cells.put(key, value);
        sources.put(key, new CellSource(raw, location));
        if (value == null) {
            issues.add(new ParseIssue(ParseIssueKind.BLANK_CELL, tableId, List.of(key), NUMBER_EXPECTED,
                    raw, location));
        }
    }

    /** Rows whose numbers were printed on one line and given out in order: one issue, at the line. */
    private void noteSharedLine(String tableId, SharedLine shared) {
        if (shared == null || shared.position() != 0) return;
        List<String> keys = new ArrayList<>();
        for (RowSpec spec : shared.rows()) keys.addAll(spec.keys());
        int columns = shared.rows().getFirst().columns().size();
        issues.add(new ParseIssue(ParseIssueKind.ROW_CELL_COUNT, tableId, keys, columns + " cells per row",
                shared.cellCount() + " cells on one line for " + shared.rows().size()
                        + " rows, given out in printed order", shared.firstCell().location()));
    }

    /** （六）其他处理 as one row in a 2021-format table, or as three sub-rows in a 2019-format one (Q05). */
    private void noteRowFromOtherFormat(String tableId, TableRow row) {
        String prefix = row.spec().keyPrefix();
        boolean oneRowIn2021 = format == FormatVersion.F2021 && prefix.equals(StandardTables.OTHER_HANDLING_ONE_ROW);
        boolean subRowIn2019 = format == FormatVersion.F2019 && StandardTables.isOtherHandlingSubRow(prefix);
        if (oneRowIn2021 || subRowIn2019) {
            String expected = oneRowIn2021 ? "（六）其他处理 1–3 as three rows" : "（六）其他处理 as one row";
            issues.add(new ParseIssue(ParseIssueKind.NONSTANDARD_LABEL, tableId, row.spec().keys(), expected,
                    row.label().raw(), row.label().location()));
        }
    }

    private static SourceLocation rowLocation(TableRow row) {
        return row.label() != null ? row.label().location() : row.cells().getFirst().location();
    }
}
