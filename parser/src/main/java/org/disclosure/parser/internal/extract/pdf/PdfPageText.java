package org.disclosure.parser.internal.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The glyphs of one PDF page in visual lines, top to bottom, each line left to right. A reader that takes
 * glyphs leaves every line in its place (empty if need be), so line n stays the n-th visual line of the
 * page, the line number its source locations give.
 *
 * @param page the 1-based page number
 */
record PdfPageText(int page, List<List<PdfGlyph>> lines) {

    static PdfPageText of(int page, List<PdfGlyph> glyphs) {
        return new PdfPageText(page, visualLines(glyphs));
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
