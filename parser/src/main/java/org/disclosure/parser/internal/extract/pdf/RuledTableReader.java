package org.disclosure.parser.internal.extract.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.parser.internal.extract.CellGrid;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;
import org.disclosure.parser.internal.extract.GridCell;

/**
 * Reads the tables drawn with borders ({@link RuledTable}): every glyph inside a table goes to the cell the
 * borders close around it, so a label wrapped over three lines is one cell and a label merged over eight
 * rows stands in the first of them. Each table is laid out on a {@link CellGrid} and written row by row;
 * tables are numbered through the document. Glyphs outside every table are left for the next reader.
 */
final class RuledTableReader implements PdfTableReader {

    private final List<RuledTable> tables;
    private final int tablesBefore;

    /** @param tablesBefore how many tables earlier pages held */
    RuledTableReader(List<PdfRuling> rulings, int tablesBefore) {
        this.tables = RuledTable.find(rulings);
        this.tablesBefore = tablesBefore;
    }

    @Override
    public Reading read(PdfPageText text) {
        Map<PdfGlyph, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < text.lines().size(); i++) {
            for (PdfGlyph glyph : text.lines().get(i)) lineOf.put(glyph, i + 1);
        }
        List<Map<RuledTable.Cell, List<PdfGlyph>>> cellsByTable = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) cellsByTable.add(new LinkedHashMap<>());
        List<List<PdfGlyph>> rest = new ArrayList<>();
        for (List<PdfGlyph> line : text.lines()) {
            List<PdfGlyph> outside = new ArrayList<>();
            for (PdfGlyph glyph : line) {
                int t = tableOf(glyph);
                if (t < 0) {
                    outside.add(glyph);
                } else {
                    RuledTable.Cell cell = tables.get(t).cellAt(glyph.centerX(), glyph.centerY());
                    cellsByTable.get(t).computeIfAbsent(cell, c -> new ArrayList<>()).add(glyph);
                }
            }
            rest.add(outside);
        }
        List<PdfBlock> blocks = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            if (cellsByTable.get(t).isEmpty()) continue; // a frame or a box with no text is no table
            int number = tablesBefore + blocks.size() + 1;
            CellGrid grid = grid(cellsByTable.get(t), number, text.page(), lineOf);
            blocks.add(new Table(tables.get(t).top(), grid.rows()));
        }
        return new Reading(blocks, new PdfPageText(text.page(), rest));
    }

    /** A ruled table, its rows as the grid lays them out. */
    private record Table(float top, List<List<GridCell>> rows) implements PdfBlock {

        @Override
        public int write(List<PdfBlock> blocks, int index, ExtractedTextBuilder out) {
            rows.forEach(out::row);
            return 1;
        }
    }

    private int tableOf(PdfGlyph glyph) {
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).contains(glyph.centerX(), glyph.centerY())) return t;
        }
        return -1;
    }

    private static CellGrid grid(Map<RuledTable.Cell, List<PdfGlyph>> cells, int number, int page,
            Map<PdfGlyph, Integer> lineOf) {
        CellGrid grid = new CellGrid(number);
        for (Map.Entry<RuledTable.Cell, List<PdfGlyph>> entry : cells.entrySet()) {
            RuledTable.Cell cell = entry.getKey();
            List<PdfGlyph> content = entry.getValue();
            int line = lineOf.getOrDefault(content.getFirst(), 0);
            SourceLocation where = new SourceLocation(page, line, null,
                    "table " + number + ", row " + (cell.row() + 1) + ", column " + (cell.column() + 1));
            grid.put(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan(), cellText(content), where);
        }
        return grid;
    }

    /** A cell's glyphs in reading order; a label wrapped over several lines reads as one label. */
    private static String cellText(List<PdfGlyph> content) {
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        for (List<PdfGlyph> line : PdfPageText.visualLines(content)) {
            for (PdfGlyph glyph : line) {
                if (previous != null && PdfGlyph.needsSpace(previous, glyph)) text.append(' ');
                text.append(glyph.text());
                previous = glyph;
            }
        }
        return text.toString();
    }
}
