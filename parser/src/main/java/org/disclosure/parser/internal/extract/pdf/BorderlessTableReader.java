package org.disclosure.parser.internal.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.parser.internal.extract.ExtractedTextBuilder;
import org.disclosure.parser.internal.extract.GridCell;
import org.disclosure.parser.internal.text.CellValue;
import org.disclosure.parser.internal.text.LabelText;

/**
 * Reads the glyphs no border encloses, visual line by visual line: a gap wider than {@link #COLUMN_GAP}
 * glyph heights separates the columns of a borderless table, so a line with such gaps is written as a row
 * of cells and any other line as running text. A row whose label is wrapped around its numbers (label
 * lines above and below, the numbers between them) is joined back into one row.
 */
final class BorderlessTableReader implements PdfTableReader {

    /** A gap wider than this many glyph heights separates columns of a borderless table. */
    private static final float COLUMN_GAP = 1.8f;

    @Override
    public Reading read(PdfPageText text) {
        List<PdfBlock> blocks = new ArrayList<>();
        List<List<PdfGlyph>> rest = new ArrayList<>();
        for (int i = 0; i < text.lines().size(); i++) {
            List<PdfGlyph> glyphs = text.lines().get(i);
            if (!glyphs.isEmpty()) {
                PdfGlyph first = glyphs.getFirst();
                blocks.add(new Line(text.page(), i + 1, first.top(), first.height(), chunks(glyphs)));
            }
            rest.add(List.of());
        }
        return new Reading(blocks, new PdfPageText(text.page(), rest));
    }

    /** A run of glyphs on one line with no column gap inside it. */
    private record Chunk(String text, float x) {
    }

    /**
     * A visual line outside ruled tables, cut into chunks at its column gaps.
     *
     * @param line   the 1-based visual line on the page
     * @param height the height of the line's first glyph
     */
    private record Line(int page, int line, float top, float height, List<Chunk> chunks) implements PdfBlock {

        @Override
        public int write(List<PdfBlock> blocks, int index, ExtractedTextBuilder out) {
            if (index + 2 < blocks.size() && blocks.get(index + 1) instanceof Line middle
                    && blocks.get(index + 2) instanceof Line lower && isWrappedLabelAround(this, middle, lower)) {
                // a label wrapped around its row's numbers: label lines above and below, numbers between
                List<Chunk> row = new ArrayList<>(joinBelow(chunks, lower.chunks()));
                row.addAll(middle.chunks());
                write(row, out);
                return 3;
            }
            write(chunks, out);
            return 1;
        }

        /**
         * A single chunk is a line of text; a row of chunks is written space-aligned, each chunk at the
         * character column of its position on the page (half a glyph height to a column, as
         * {@code pdftotext -layout} does), so that a blank cell leaves only spaces and the text reader places the row's numbers in
         * their columns by position, as it does for any space-aligned table.
         */
        private void write(List<Chunk> cells, ExtractedTextBuilder out) {
            SourceLocation where = new SourceLocation(page, line, null, null);
            if (cells.size() == 1) {
                out.line(cells.getFirst().text(), where);
                return;
            }
            float unit = Math.max(1f, height / 2);
            StringBuilder text = new StringBuilder();
            for (Chunk chunk : cells) {
                // measured from the page's edge, so that the rows of a table share their columns
                int column = Math.round(chunk.x() / unit);
                if (!text.isEmpty()) column = Math.max(column, text.length() + 2);
                text.append(" ".repeat(column - text.length())).append(chunk.text());
            }
            out.alignedLine(text.toString(), where);
        }
    }

    /**
     * Borderless tables centre a row's numbers on its label: a label wrapped over two lines leaves a line
     * of numbers alone between its halves. True when the middle line holds only numbers, the outer lines
     * no numbers, the lines are close together, and the lower line's text starts under a chunk of the
     * upper line.
     */
    private static boolean isWrappedLabelAround(Line upper, Line middle, Line lower) {
        if (lower.chunks().size() != 1 || middle.chunks().isEmpty()) return false;
        for (Chunk chunk : middle.chunks()) {
            if (!CellValue.isValue(LabelText.normalize(chunk.text()))) return false;
        }
        for (Chunk chunk : upper.chunks()) {
            if (CellValue.isValue(LabelText.normalize(chunk.text()))) return false;
        }
        if (CellValue.isValue(LabelText.normalize(lower.chunks().getFirst().text()))) return false;
        if (lower.top() - upper.top() > 4 * upper.height()) return false;
        return alignedWith(upper.chunks(), lower.chunks().getFirst()) >= 0;
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

    /** The line's glyphs cut into chunks at column gaps (the cells of a borderless table). */
    private static List<Chunk> chunks(List<PdfGlyph> glyphs) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        PdfGlyph previous = null;
        float start = glyphs.isEmpty() ? 0 : glyphs.getFirst().x();
        for (PdfGlyph glyph : glyphs) {
            if (previous != null) {
                float gap = glyph.x() - previous.right();
                float height = Math.max(glyph.height(), previous.height());
                // x falling back: the second part of an overprinted line (PdfPageText) starts a cell
                if (gap > COLUMN_GAP * height || glyph.x() < previous.x()) {
                    chunks.add(new Chunk(chunk.toString(), start));
                    chunk.setLength(0);
                    start = glyph.x();
                } else if (PdfGlyph.needsSpace(previous, glyph)) {
                    chunk.append(' ');
                }
            }
            chunk.append(glyph.text());
            previous = glyph;
        }
        chunks.add(new Chunk(chunk.toString(), start));
        return chunks;
    }
}
