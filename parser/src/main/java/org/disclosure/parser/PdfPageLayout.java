package org.disclosure.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.report.SourceLocation;

/**
 * Rebuilds one PDF page from glyph positions and borders: glyphs inside a ruled table go to the cell
 * the borders close around them (a label wrapped over three lines is one cell; a label merged over
 * eight rows stands in the first of them), every other glyph to its visual line. Lines and tables are
 * then written top to bottom; a line with wide gaps (a borderless table) is written as cells.
 */
final class PdfPageLayout {

    /** A gap wider than this many glyph heights separates columns of a borderless table. */
    private static final float COLUMN_GAP = 1.8f;
    /** A gap wider than this many glyph heights between two non-CJK glyphs is a space. */
    private static final float WORD_GAP = 0.2f;

    private final int page;
    private final List<PdfGlyph> glyphs;
    private final List<RuledTable> tables;

    private PdfPageLayout(int page, List<PdfGlyph> glyphs, List<PdfRuling> rulings) {
        this.page = page;
        this.glyphs = glyphs;
        this.tables = RuledTable.find(rulings);
    }

    /**
     * Writes one page.
     *
     * @param tablesBefore how many tables earlier pages held, so tables are numbered through the document
     * @return the number of tables on this page
     */
    static int write(int page, List<PdfGlyph> glyphs, List<PdfRuling> rulings, int tablesBefore, ExtractedTextBuilder out) {
        return new PdfPageLayout(page, glyphs, rulings).write(tablesBefore, out);
    }

    private int write(int tablesBefore, ExtractedTextBuilder out) {
        List<List<PdfGlyph>> lines = visualLines(glyphs);
        Map<PdfGlyph, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (PdfGlyph glyph : lines.get(i)) lineOf.put(glyph, i + 1);
        }
        List<Map<RuledTable.Cell, List<PdfGlyph>>> cellsByTable = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) cellsByTable.add(new LinkedHashMap<>());
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<PdfGlyph> outside = new ArrayList<>();
            for (PdfGlyph glyph : lines.get(i)) {
                int t = tableOf(glyph);
                if (t < 0) {
                    outside.add(glyph);
                } else {
                    RuledTable.Cell cell = tables.get(t).cellAt(glyph.centerX(), glyph.centerY());
                    cellsByTable.get(t).computeIfAbsent(cell, c -> new ArrayList<>()).add(glyph);
                }
            }
            if (!outside.isEmpty()) blocks.add(new Block(outside.getFirst().top(), i + 1, outside, -1));
        }
        int written = 0;
        for (int t = 0; t < tables.size(); t++) {
            if (cellsByTable.get(t).isEmpty()) continue; // a frame or a box with no text is no table
            blocks.add(new Block(tables.get(t).top(), 0, List.of(), t));
        }
        blocks.sort(Comparator.comparingDouble(Block::top));
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.table() >= 0) {
                written++;
                writeTable(tables.get(block.table()), cellsByTable.get(block.table()), tablesBefore + written, lineOf, out);
                continue;
            }
            List<Chunk> chunks = chunks(block);
            Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
            Block after = b + 2 < blocks.size() ? blocks.get(b + 2) : null;
            if (next != null && after != null && next.table() < 0 && after.table() < 0
                    && isWrappedLabelAround(block, chunks, chunks(next), after, chunks(after))) {
                // a label wrapped around its row's numbers: label lines above and below, numbers between
                List<Chunk> row = new ArrayList<>(joinBelow(chunks, chunks(after)));
                row.addAll(chunks(next));
                writeChunks(row, block.line(), out);
                b += 2;
                continue;
            }
            writeChunks(chunks, block.line(), out);
        }
        return written;
    }

    /** A run of glyphs on one line with no column gap inside it. */
    private record Chunk(String text, float x) {
    }

    /**
     * Borderless tables centre a row's numbers on its label: a label wrapped over two lines leaves a line
     * of numbers alone between its halves. True when the middle line holds only numbers, the outer lines
     * no numbers, the lines are close together, and the lower line's text starts under a chunk of the
     * upper line.
     */
    private static boolean isWrappedLabelAround(Block upper, List<Chunk> upperChunks, List<Chunk> middle, Block lower,
            List<Chunk> lowerChunks) {
        if (lowerChunks.size() != 1 || middle.isEmpty()) return false;
        for (Chunk chunk : middle) {
            if (!CellValue.isValue(LabelText.normalize(chunk.text()))) return false;
        }
        for (Chunk chunk : upperChunks) {
            if (CellValue.isValue(LabelText.normalize(chunk.text()))) return false;
        }
        if (CellValue.isValue(LabelText.normalize(lowerChunks.getFirst().text()))) return false;
        float height = upper.glyphs().getFirst().height();
        if (lower.top() - upper.top() > 4 * height) return false;
        return alignedWith(upperChunks, lowerChunks.getFirst()) >= 0;
    }

    private static int alignedWith(List<Chunk> chunks, Chunk below) {
        for (int i = 0; i < chunks.size(); i++) {
            if (Math.abs(chunks.get(i).x() - below.x()) < 3) return i;
        }
        return -1;
    }

    /** The upper line's chunks with the lower line's text appended to the chunk it stands under. */
    private static List<Chunk> joinBelow(List<Chunk> upper, List<Chunk> lower) {
        List<Chunk> joined = new ArrayList<>(upper);
        int at = alignedWith(upper, lower.getFirst());
        joined.set(at, new Chunk(upper.get(at).text() + lower.getFirst().text(), upper.get(at).x()));
        return joined;
    }

    /** A line of text outside tables, or a table, at its height on the page. */
    private record Block(float top, int line, List<PdfGlyph> glyphs, int table) {
    }

    private int tableOf(PdfGlyph glyph) {
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).contains(glyph.centerX(), glyph.centerY())) return t;
        }
        return -1;
    }

    /** The line's glyphs cut into chunks at column gaps (the cells of a borderless table). */
    private static List<Chunk> chunks(Block block) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        PdfGlyph previous = null;
        float start = block.glyphs().isEmpty() ? 0 : block.glyphs().getFirst().x();
        for (PdfGlyph glyph : block.glyphs()) {
            if (previous != null) {
                float gap = glyph.x() - previous.right();
                float height = Math.max(glyph.height(), previous.height());
                if (gap > COLUMN_GAP * height) {
                    chunks.add(new Chunk(chunk.toString(), start));
                    chunk.setLength(0);
                    start = glyph.x();
                } else if (needsSpace(previous, glyph)) {
                    chunk.append(' ');
                }
            }
            chunk.append(glyph.text());
            previous = glyph;
        }
        chunks.add(new Chunk(chunk.toString(), start));
        return chunks;
    }

    private void writeChunks(List<Chunk> chunks, int line, ExtractedTextBuilder out) {
        SourceLocation where = new SourceLocation(page, line, null, null);
        if (chunks.size() == 1) {
            out.line(chunks.getFirst().text(), where);
        } else {
            out.row(chunks.stream().map(chunk -> new GridCell(chunk.text(), where)).toList());
        }
    }

    private void writeTable(RuledTable table, Map<RuledTable.Cell, List<PdfGlyph>> cells, int number,
            Map<PdfGlyph, Integer> lineOf, ExtractedTextBuilder out) {
        CellGrid grid = new CellGrid(number);
        for (Map.Entry<RuledTable.Cell, List<PdfGlyph>> entry : cells.entrySet()) {
            RuledTable.Cell cell = entry.getKey();
            List<PdfGlyph> content = entry.getValue();
            int line = lineOf.getOrDefault(content.getFirst(), 0);
            SourceLocation where = new SourceLocation(page, line, null,
                    "table " + number + ", row " + (cell.row() + 1) + ", column " + (cell.column() + 1));
            grid.put(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan(), cellText(content), where);
        }
        grid.rows().forEach(out::row);
    }

    /** A cell's glyphs in reading order; a label wrapped over several lines reads as one label. */
    private static String cellText(List<PdfGlyph> content) {
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        for (List<PdfGlyph> line : visualLines(content)) {
            for (PdfGlyph glyph : line) {
                if (previous != null && needsSpace(previous, glyph)) text.append(' ');
                text.append(glyph.text());
                previous = glyph;
            }
        }
        return text.toString();
    }

    /**
     * Chinese is written without spaces; between Latin letters or digits a visible gap is a space. A
     * glyph that starts a new line (it stands left of the previous one) joins without one when either
     * side is Chinese.
     */
    private static boolean needsSpace(PdfGlyph previous, PdfGlyph glyph) {
        if (previous.isCjk() || glyph.isCjk()) return false;
        float gap = glyph.x() - previous.right();
        return gap > WORD_GAP * Math.max(glyph.height(), previous.height()) || glyph.x() < previous.x();
    }

    /**
     * Glyphs grouped into lines by their vertical centre, top to bottom, each line left to right. A glyph
     * joins a line when its centre lies within half a glyph height of the line's centre, which keeps
     * superscripts and mixed font sizes on their line.
     */
    static List<List<PdfGlyph>> visualLines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::centerY));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        List<PdfGlyph> current = null;
        float center = 0;
        for (PdfGlyph glyph : sorted) {
            if (current == null || glyph.centerY() - center > glyph.height() / 2) {
                current = new ArrayList<>();
                lines.add(current);
                center = glyph.centerY();
            }
            current.add(glyph);
        }
        for (List<PdfGlyph> line : lines) line.sort(Comparator.comparingDouble(PdfGlyph::x));
        return lines;
    }
}
