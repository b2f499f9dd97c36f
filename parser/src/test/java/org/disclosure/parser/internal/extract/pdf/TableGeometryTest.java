package org.disclosure.parser.internal.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.parser.internal.extract.CellGrid;
import org.disclosure.parser.internal.extract.GridCell;
import org.junit.jupiter.api.Test;

/** Cells decided from geometry (PDF borders) and from spans (HTML, Word) land in the same grid. */
class TableGeometryTest {

    /**
     * Three rows, three columns; the first column's label is merged over rows 2–3 (no border between
     * them in column 1), and the header spans columns 2–3.
     * <pre>
     *   +------+-----------+   y 0
     *   | 项目 | 数量       |
     *   +------+-----+-----+   y 20
     *   | 合并 | 1   | 2   |
     *   |      +-----+-----+   y 40
     *   |      | 3   | 4   |
     *   +------+-----+-----+   y 60
     *   x 0    100   150   200
     * </pre>
     */
    private static List<PdfRuling> borders() {
        List<PdfRuling> rulings = new ArrayList<>();
        rulings.add(new PdfRuling(true, 0, 0, 200));
        rulings.add(new PdfRuling(true, 20, 0, 200));
        rulings.add(new PdfRuling(true, 40, 100, 200)); // not under the merged label
        rulings.add(new PdfRuling(true, 60, 0, 200));
        rulings.add(new PdfRuling(false, 0, 0, 60));
        rulings.add(new PdfRuling(false, 100, 0, 60));
        rulings.add(new PdfRuling(false, 150, 20, 60)); // not through the header
        rulings.add(new PdfRuling(false, 200, 0, 60));
        return rulings;
    }

    @Test
    void bordersDecideMergedCells() {
        List<RuledTable> tables = RuledTable.find(borders());
        assertEquals(1, tables.size());
        RuledTable table = tables.getFirst();
        assertEquals(3, table.rowCount());
        assertEquals(3, table.columnCount());
        assertEquals(new RuledTable.Cell(1, 0, 2, 1), table.cellAt(50, 50), "label merged down");
        assertEquals(new RuledTable.Cell(0, 1, 1, 2), table.cellAt(190, 10), "header merged right");
        assertEquals(new RuledTable.Cell(2, 2, 1, 1), table.cellAt(175, 50));
        assertNull(table.cellAt(250, 50));
    }

    @Test
    void separateBoxesAreSeparateTables() {
        List<PdfRuling> rulings = new ArrayList<>(borders());
        rulings.add(new PdfRuling(true, 100, 0, 200));
        rulings.add(new PdfRuling(true, 120, 0, 200));
        rulings.add(new PdfRuling(false, 0, 100, 120));
        rulings.add(new PdfRuling(false, 200, 100, 120));
        assertEquals(2, RuledTable.find(rulings).size());
    }

    @Test
    void gridLeavesBlankSlotsUnderMergedCells() {
        CellGrid grid = new CellGrid(1);
        grid.add(0, "项目", 1, 1, null);
        grid.add(0, "数量", 1, 2, null);
        grid.add(1, "合并", 2, 1, null);
        grid.add(1, "1", 1, 1, null);
        grid.add(1, "2", 1, 1, null);
        grid.add(2, "3", 1, 1, null); // placed after the slot the merged label covers
        grid.add(2, "4", 1, 1, null);
        List<List<String>> rows = grid.rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList();
        assertEquals(List.of(List.of("项目", "数量", ""), List.of("合并", "1", "2"), List.of("", "3", "4")), rows);
        assertEquals("table 1, row 3, column 2", grid.rows().get(2).get(1).location().cell());
    }

    @Test
    void wrappedLabelGlyphsReadAsOneLine() {
        List<PdfGlyph> glyphs = List.of(
                new PdfGlyph("企", 20, 12, 8, 8), new PdfGlyph("业", 28, 12, 8, 8),
                new PdfGlyph("商", 4, 1, 8, 8), new PdfGlyph("业", 12, 1, 8, 8));
        List<List<PdfGlyph>> lines = PdfPageText.visualLines(glyphs);
        assertEquals(2, lines.size());
        assertEquals("商", lines.getFirst().getFirst().text());
    }
}
