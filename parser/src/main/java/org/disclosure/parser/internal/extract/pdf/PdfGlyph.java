package org.disclosure.parser.internal.extract.pdf;

/**
 * One glyph of a PDF page with its box in page space, top-left origin (y grows downwards).
 *
 * @param text   the Unicode text of the glyph (may be more than one char for ligatures)
 * @param x      left edge
 * @param top    top edge
 * @param width  advance width
 * @param height glyph height (font size when the font reports none)
 */
record PdfGlyph(String text, float x, float top, float width, float height) {

    /** A gap wider than this many glyph heights between two non-CJK glyphs is a space. */
    private static final float WORD_GAP = 0.2f;

    float right() {
        return x + width;
    }

    float bottom() {
        return top + height;
    }

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return top + height / 2;
    }

    boolean isCjk() {
        char c = text.isEmpty() ? ' ' : text.charAt(0);
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F;
    }

    /**
     * Chinese is written without spaces; between Latin letters or digits a visible gap is a space. A
     * glyph that starts a new line (it stands left of the previous one) joins without one when either
     * side is Chinese.
     */
    static boolean needsSpace(PdfGlyph previous, PdfGlyph glyph) {
        if (previous.isCjk() || glyph.isCjk()) return false;
        float gap = glyph.x() - previous.right();
        return gap > WORD_GAP * Math.max(glyph.height(), previous.height()) || glyph.x() < previous.x();
    }
}
