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
        List<List<PdfGlyph>> split = new ArrayList<>(lines.size());
        for (List<PdfGlyph> line : lines) {
            line.sort(Comparator.comparingDouble(PdfGlyph::x));
            splitOverprinted(line, split);
        }
        return split;
    }

    /** Glyphs closer in height than this (points) are one line even when they overlap (fake bold prints twice). */
    private static final float OVERPRINT_GAP = 0.2f;

    /**
     * Two table rows printed so tight (WPS exports) that their numbers fall within one line's height: the
     * numbers of one row stand over those of the other, in the same columns. Such a line is cut at its
     * widest vertical gap into two parts, each read left to right, and written as one line: the part
     * holding the line's first glyph (the row label) first, then the other. The numbers of both rows then
     * follow the label in printed order, as a text layer prints them, instead of fusing into one another
     * ("1" over "2" read as "12"); the table reader gives them out to the rows (see SharedLine). A reader
     * of the line sees x fall back where the second part starts: a cell break.
     */
    private static void splitOverprinted(List<PdfGlyph> line, List<List<PdfGlyph>> out) {
        if (!hasOverprint(line)) {
            out.add(line);
            return;
        }
        List<PdfGlyph> byHeight = new ArrayList<>(line);
        byHeight.sort(Comparator.comparingDouble(PdfGlyph::centerY));
        int cut = -1;
        float widest = OVERPRINT_GAP;
        for (int i = 1; i < byHeight.size(); i++) {
            float gap = byHeight.get(i).centerY() - byHeight.get(i - 1).centerY();
            if (gap >= widest) {
                widest = gap;
                cut = i;
            }
        }
        if (cut < 0) {
            out.add(line);
            return;
        }
        float boundary = byHeight.get(cut).centerY();
        List<PdfGlyph> upper = new ArrayList<>();
        List<PdfGlyph> lower = new ArrayList<>();
        for (PdfGlyph glyph : line) (glyph.centerY() < boundary ? upper : lower).add(glyph);
        boolean upperFirst = upper.contains(line.getFirst());
        List<PdfGlyph> joined = new ArrayList<>(upperFirst ? upper : lower);
        joined.addAll(upperFirst ? lower : upper);
        out.add(joined);
    }

    /** Whether a glyph stands over more than half of the one before it. */
    private static boolean hasOverprint(List<PdfGlyph> line) {
        for (int i = 1; i < line.size(); i++) {
            PdfGlyph previous = line.get(i - 1);
            PdfGlyph glyph = line.get(i);
            float width = previous.right() - previous.x();
            if (width > 0 && glyph.x() < previous.right() - width / 2
                    && Math.abs(glyph.centerY() - previous.centerY()) >= OVERPRINT_GAP) {
                return true;
            }
        }
        return false;
    }
}
